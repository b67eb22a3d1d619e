package org.fedmarket.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.storefront.api.CartView;
import org.fedmarket.storefront.application.Carts;

import java.util.Map;

/** The cart page: the cart as it stands, what the last action did, and the form token its forms send. */
@Named("cart")
@RequestScoped
public class CartBacking {

    private static final Map<String, String> NOTICES = Map.of(
            "added", "Added to your cart.",
            "quantity-invalid", "A quantity is a whole number from 1 to 99.",
            "product-unavailable", "That product is out of stock and was not added.",
            "cart-full", "Your cart is full (50 products). Remove something first.",
            "not-found", "That product is no longer sold here, or your cart has expired.",
            "not-in-cart", "That product is not in your cart any more.",
            "action-unknown", "That did not work; please try again.");

    @Inject
    Carts carts;
    @Inject
    Visitor visitor;
    @Inject
    FacesContext faces;

    private CartView view;

    public CartView getView() {
        if (view == null) {
            view = carts.view(visitor.shopper(), visitor.locale());
        }
        return view;
    }

    public String getNotice() {
        String slug = faces.getExternalContext().getRequestParameterMap().get("notice");
        return slug == null ? null : NOTICES.get(slug);
    }

    public String availabilityLabel(String availability) {
        return switch (availability == null ? "" : availability) {
            case "in-stock" -> "in stock";
            case "low-stock" -> "only a few left";
            default -> "out of stock";
        };
    }
}
