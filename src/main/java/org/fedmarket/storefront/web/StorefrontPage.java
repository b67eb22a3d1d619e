package org.fedmarket.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.storefront.api.OfferSummary;
import org.fedmarket.storefront.application.StorefrontSearch;
import org.fedmarket.storefront.application.StorefrontSettings;

import java.util.List;

/** What every storefront page shows of the shop (name, logo), and the home page's featured products. */
@Named("storefront")
@RequestScoped
public class StorefrontPage {

    static final int FEATURED = 12;

    @Inject
    StorefrontSettings settings;
    @Inject
    StorefrontSearch search;
    @Inject
    FacesContext faces;
    @Inject
    Visitor visitor;

    private List<OfferSummary> featured;

    public String getName() {
        return settings.name();
    }

    public String getLogoUrl() {
        return settings.logoUrl().orElse(null);
    }

    public String getLanguage() {
        return visitor.locale().toLanguageTag();
    }

    public List<OfferSummary> getFeatured() {
        if (featured == null) {
            featured = search.featured(FEATURED, visitor.locale());
        }
        return featured;
    }
}
