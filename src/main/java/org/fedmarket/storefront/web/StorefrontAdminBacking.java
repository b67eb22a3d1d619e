package org.fedmarket.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.storefront.application.StorefrontStatus;
import org.fedmarket.storefront.application.StorefrontStatus.SellerOffers;

import java.util.List;

/** The storefront's admin page: what it sells per seller; a catch-up on demand. */
@Named("storefrontAdmin")
@RequestScoped
public class StorefrontAdminBacking {

    @Inject
    StorefrontStatus status;

    private List<SellerOffers> sellers;

    public List<SellerOffers> getSellers() {
        if (sellers == null) {
            sellers = status.sellers();
        }
        return sellers;
    }

    public long getOwnRevision() {
        return status.ownRevision();
    }

    public String catchUp() {
        status.catchUp();
        return "/admin/storefront/index.xhtml?faces-redirect=true";
    }
}
