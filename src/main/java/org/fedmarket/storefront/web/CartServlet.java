package org.fedmarket.storefront.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fedmarket.platform.problem.DomainException;
import org.fedmarket.storefront.application.Carts;
import org.fedmarket.storefront.application.Shopper;

import java.io.IOException;

/**
 * The cart page's forms (posted to {@code /cart}): add a product, change a quantity, remove a line, accept changed
 * prices. Each answers with a redirect to the cart (post/redirect/get), which says what went wrong, if anything.
 */
@WebServlet(CartServlet.PATH)
public class CartServlet extends HttpServlet {

    static final String PATH = "/storefront/cart-actions";

    @Inject
    Carts carts;
    @Inject
    Visitor visitor;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!StorefrontCookies.ownForm(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "This form did not come from this shop's pages; reload the page and try again.");
            return;
        }
        Shopper shopper = visitor.shopper();
        String productId = request.getParameter("productId");
        String notice = "";
        try {
            switch (String.valueOf(request.getParameter("action"))) {
                case "add" -> {
                    carts.add(shopper, productId, quantity(request.getParameter("quantity"), 1), visitor.locale()).ifPresent(secret ->
                            StorefrontCookies.write(request, response, StorefrontCookies.CART, secret, StorefrontCookies.CART_LIFETIME));
                    notice = "added";
                }
                case "quantity" -> carts.quantity(shopper, productId, quantity(request.getParameter("quantity"), 0));
                case "remove" -> carts.quantity(shopper, productId, 0);
                case "accept" -> carts.acceptChanges(shopper, visitor.locale());
                default -> notice = "action-unknown";
            }
        } catch (DomainException e) {
            notice = e.slug();
        }
        response.sendRedirect(request.getContextPath() + "/cart" + (notice.isEmpty() ? "" : "?notice=" + notice));
    }

    /** A quantity from a form: a whole number from {@code min} to the cart's maximum, or -1 (refused by the cart). */
    private static int quantity(String value, int min) {
        if (value == null || !value.matches("\\d{1,3}")) {
            return -1;
        }
        int n = Integer.parseInt(value);
        return n < min ? -1 : n;
    }
}
