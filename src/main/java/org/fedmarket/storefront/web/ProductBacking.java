package org.fedmarket.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.fedmarket.platform.problem.NoSuchEntityException;
import org.fedmarket.storefront.api.ProductPage;
import org.fedmarket.storefront.application.StorefrontSearch;

/** A product's page; a product the shop does not sell (any more) is a page that says so, with status 404. */
@Named("product")
@RequestScoped
public class ProductBacking {

    @Inject
    StorefrontSearch search;
    @Inject
    FacesContext faces;
    @Inject
    Visitor visitor;

    private ProductPage page;
    private boolean missing;

    public ProductPage getPage() {
        if (page == null && !missing) {
            Object id = faces.getExternalContext().getRequestMap().get(StorefrontRoutes.PRODUCT_ID);
            try {
                if (id == null) {
                    throw new NoSuchEntityException("Product", "");
                }
                page = search.product((String) id, visitor.locale());
            } catch (NoSuchEntityException e) {
                missing = true;
                ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        }
        return page;
    }

    public boolean isMissing() {
        getPage();
        return missing;
    }
}
