package org.fedmarket.storefront.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.DomainException;
import org.fedmarket.platform.problem.InvalidFieldsException;
import org.fedmarket.storefront.application.AddressBook;
import org.fedmarket.storefront.application.Carts;
import org.fedmarket.storefront.application.CustomerAccounts;
import org.fedmarket.storefront.application.CustomerSessions;
import org.fedmarket.storefront.domain.Address;
import org.fedmarket.storefront.domain.Customer;
import org.fedmarket.storefront.domain.SignInRefusedException;

import java.io.IOException;
import java.util.Map;

/**
 * The account pages' forms (posted to {@code /account/...}). A form that worked answers with a redirect (post/redirect/get);
 * one that did not shows its page again with the status that says why (401, 422, 429) and what the customer typed,
 * passwords excepted.
 */
@WebServlet(AccountServlet.PATH)
public class AccountServlet extends HttpServlet {

    static final String PATH = "/storefront/account-actions";
    /** The request attribute with the refused form's problem type (its last part). */
    static final String REFUSED = "fedmarket.storefront.refused";
    private static final Map<String, String> PAGES = Map.of("sign-up", "sign-up.xhtml", "sign-in", "sign-in.xhtml",
            "verify", "verify.xhtml", "reset-request", "reset.xhtml", "reset", "reset.xhtml",
            "address-add", "account.xhtml", "address-remove", "account.xhtml");

    @Inject
    CustomerAccounts accounts;
    @Inject
    CustomerSessions sessions;
    @Inject
    AddressBook addresses;
    @Inject
    Carts carts;
    @Inject
    Visitor visitor;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!StorefrontCookies.ownForm(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "This form did not come from this shop's pages; reload the page and try again.");
            return;
        }
        String action = String.valueOf(request.getParameter("action"));
        try {
            String next = switch (action) {
                case "sign-up" -> {
                    accounts.signUp(request.getParameter("email"), request.getParameter("name"), request.getParameter("password"),
                            request.getRemoteAddr());
                    yield "/account/sign-in?notice=check-mail";
                }
                case "sign-in" -> signIn(request, response);
                case "sign-out" -> {
                    sessions.signOut(visitor.shopper().sessionSecret());
                    StorefrontCookies.clear(request, response, StorefrontCookies.SESSION);
                    yield "/?notice=signed-out";
                }
                case "verify" -> accounts.verify(request.getParameter("link")) ? "/account/sign-in?notice=verified"
                        : refuse("link-invalid");
                case "reset-request" -> {
                    accounts.requestReset(request.getParameter("email"), request.getRemoteAddr());
                    yield "/account/sign-in?notice=reset-sent";
                }
                case "reset" -> {
                    accounts.resetPassword(request.getParameter("link"), request.getParameter("password"));
                    yield "/account/sign-in?notice=password-changed";
                }
                case "address-add" -> {
                    addresses.add(customer(), Address.of(request.getParameter("name"), request.getParameter("line1"),
                            request.getParameter("line2"), request.getParameter("postalCode"), request.getParameter("city"),
                            request.getParameter("country")));
                    yield "/account?notice=address-added";
                }
                case "address-remove" -> {
                    addresses.remove(customer(), id(request.getParameter("address")));
                    yield "/account?notice=address-removed";
                }
                default -> "/account?notice=action-unknown";
            };
            response.sendRedirect(request.getContextPath() + next);
        } catch (DomainException e) {
            if (e.status() == HttpServletResponse.SC_UNAUTHORIZED && action.startsWith("address-")) {
                response.sendRedirect(request.getContextPath() + "/account/sign-in");
                return;
            }
            request.setAttribute(REFUSED, e);
            response.setStatus(e.status());
            e.headers().forEach(response::setHeader);
            request.getRequestDispatcher(Module.STOREFRONT_PAGES + PAGES.getOrDefault(action, "account.xhtml")).forward(request, response);
        }
    }

    /** Opens a session under a new secret (the old one ends), and the browser's cart joins the customer's. */
    private String signIn(HttpServletRequest request, HttpServletResponse response) {
        CustomerSessions.SignedIn signedIn = sessions.signIn(request.getParameter("email"), request.getParameter("password"),
                request.getRemoteAddr());
        sessions.signOut(visitor.shopper().sessionSecret());
        carts.signedIn(signedIn.customerId(), visitor.shopper().cartSecret());
        StorefrontCookies.write(request, response, StorefrontCookies.SESSION, signedIn.secret(), CustomerSessions.LIFETIME);
        StorefrontCookies.clear(request, response, StorefrontCookies.CART);
        return "/account?notice=signed-in";
    }

    private Customer customer() {
        return visitor.customer().orElseThrow(() -> new SignInRefusedException("sign-in-required",
                "Please sign in first"));
    }

    private static String refuse(String slug) {
        throw new BusinessRuleException(slug, "This link is unknown, used or expired; ask for a new one");
    }

    private static long id(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            throw new InvalidFieldsException("address", "an address of this account");
        }
        return Long.parseLong(value);
    }
}
