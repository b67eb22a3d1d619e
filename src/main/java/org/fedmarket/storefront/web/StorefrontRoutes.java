package org.fedmarket.storefront.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.node.NodeSettings;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The storefront's addresses — {@code /}, {@code /search}, {@code /products/<id>}, {@code /cart}, {@code /account/...} — lead
 * to its pages under
 * {@code /storefront/}. With the module off they lead nowhere ({@code /} is then the node's own page).
 */
@WebFilter(urlPatterns = "/*")
public class StorefrontRoutes extends HttpFilter {

    /** The request attribute that carries a product page's product id. */
    public static final String PRODUCT_ID = "fedmarket.storefront.productId";
    private static final String PRODUCTS = "/products/";

    @Inject
    NodeSettings settings;
    @Inject
    Visitor visitor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String page = switch (path) {
            case "/", "" -> "index.xhtml";
            case "/search" -> "search.xhtml";
            case "/cart" -> "cart.xhtml";
            case "/account" -> "account.xhtml";
            case "/account/sign-in" -> "sign-in.xhtml";
            case "/account/sign-up" -> "sign-up.xhtml";
            case "/account/verify" -> "verify.xhtml";
            case "/account/reset" -> "reset.xhtml";
            default -> path.startsWith(PRODUCTS) && path.length() > PRODUCTS.length() ? "product.xhtml" : null;
        };
        if (page == null || !settings.modules().isOn(Module.STOREFRONT)) {
            chain.doFilter(request, response);
            return;
        }
        // before any page is written, also one a refused form shows again: its forms carry it
        StorefrontCookies.formToken(request, response);
        if (request.getMethod().equals("POST") && (page.equals("cart.xhtml") || path.startsWith("/account"))) {
            request.getRequestDispatcher(page.equals("cart.xhtml") ? CartServlet.PATH : AccountServlet.PATH).forward(request, response);
            return;
        }
        if (page.equals("account.xhtml") && !visitor.isSignedIn()) {
            response.sendRedirect(request.getContextPath() + "/account/sign-in");
            return;
        }
        if (page.equals("product.xhtml")) {
            try { // a path segment: '+' is a plus sign there, not a space
                String id = path.substring(PRODUCTS.length()).replace("+", "%2B");
                request.setAttribute(PRODUCT_ID, URLDecoder.decode(id, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        request.getRequestDispatcher(Module.STOREFRONT_PAGES + page).forward(request, response);
    }
}
