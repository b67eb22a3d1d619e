package org.fedmarket.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.fedmarket.platform.account.domain.PasswordPolicy;
import org.fedmarket.platform.problem.DomainException;
import org.fedmarket.platform.problem.InvalidFieldsException;
import org.fedmarket.storefront.application.AddressBook;
import org.fedmarket.storefront.domain.Address;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The account pages: what the last form did or why it was refused, what the customer typed, and the account itself. */
@Named("account")
@RequestScoped
public class AccountBacking {

    private static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("check-mail", "Thank you! We mailed you a link: open it to confirm your address, then sign in."),
            Map.entry("verified", "Your address is confirmed. Please sign in."),
            Map.entry("reset-sent", "If this address has an account, we mailed it a link to choose a new password."),
            Map.entry("password-changed", "Your new password is set. Please sign in."),
            Map.entry("signed-in", "You are signed in."),
            Map.entry("address-added", "The address is saved."),
            Map.entry("address-removed", "The address is removed."),
            Map.entry("action-unknown", "That did not work; please try again."));
    private static final Map<String, String> REFUSALS = Map.of(
            "sign-in-failed", "The e-mail address or the password is wrong.",
            "account-locked", "This account is locked. Please contact the shop.",
            "address-unverified", "Please confirm your e-mail address first with the link we mailed you.",
            "rate-limited", "Too many attempts. Please wait a minute and try again.",
            "link-invalid", "This link is unknown, used or expired. Please ask for a new one.",
            "weak-password", "A password has at least " + PasswordPolicy.MIN_LENGTH + " characters.",
            "address-book-full", "An account keeps at most " + AddressBook.MAX + " addresses; remove one first.",
            "not-found", "That address is not in your account any more.");

    @Inject
    HttpServletRequest request;
    @Inject
    Visitor visitor;
    @Inject
    AddressBook addresses;

    private List<Address> book;

    public String getNotice() {
        String slug = request.getParameter("notice");
        return slug == null || request.getAttribute(AccountServlet.REFUSED) != null ? null : NOTICES.get(slug);
    }

    /** Why the form was refused, in words for the customer; null when it was not. */
    public String getError() {
        if (!(request.getAttribute(AccountServlet.REFUSED) instanceof DomainException e)) {
            return null;
        }
        if (e instanceof InvalidFieldsException invalid) {
            return invalid.violations().stream().map(v -> label(v.field()) + ": " + v.message()).collect(Collectors.joining("; ")) + ".";
        }
        return REFUSALS.getOrDefault(e.slug(), "That did not work; please try again.");
    }

    /** What the customer typed into {@code field} of the refused form (never a password). */
    public String typed(String field) {
        return field.contains("password") ? "" : request.getParameter(field);
    }

    /**
     * The mailed link's secret on the verification and reset pages: in the address when the link is opened, in the form's
     * {@code link} field when the form comes back refused ({@code token} is then the form's token).
     */
    public String getLink() {
        String posted = request.getParameter("link");
        return posted != null ? posted : request.getParameter("token");
    }

    public String getEmail() {
        return visitor.customer().map(c -> c.email().value()).orElse(null);
    }

    public List<Address> getAddresses() {
        if (book == null) {
            book = visitor.customer().map(addresses::of).orElse(List.of());
        }
        return book;
    }

    public int getMaxAddresses() {
        return AddressBook.MAX;
    }

    private static String label(String field) {
        return switch (field) {
            case "email" -> "E-mail address";
            case "line1" -> "Street and number";
            case "line2" -> "Address line 2";
            case "postalCode" -> "Postal code";
            default -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
        };
    }
}
