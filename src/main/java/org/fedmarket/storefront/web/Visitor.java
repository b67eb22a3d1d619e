package org.fedmarket.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.fedmarket.storefront.application.CustomerSessions;
import org.fedmarket.storefront.application.Shopper;
import org.fedmarket.storefront.application.StorefrontSettings;
import org.fedmarket.storefront.domain.Customer;

import java.util.Locale;
import java.util.Optional;

/** Who is looking at a storefront page or posting its form: locale, cart, signed-in customer (if any), form token. */
@Named("visitor")
@RequestScoped
public class Visitor {

    @Inject
    HttpServletRequest request;
    @Inject
    StorefrontSettings settings;
    @Inject
    CustomerSessions sessions;

    private Optional<Customer> customer;

    public Locale locale() {
        return settings.customerLocale(request.getHeader("Accept-Language"));
    }

    public Shopper shopper() {
        return new Shopper(cookie(StorefrontCookies.CART), cookie(StorefrontCookies.SESSION));
    }

    public Optional<Customer> customer() {
        if (customer == null) {
            String session = cookie(StorefrontCookies.SESSION);
            customer = session == null ? Optional.empty() : sessions.current(session);
        }
        return customer;
    }

    public boolean isSignedIn() {
        return customer().isPresent();
    }

    public String getName() {
        return customer().map(Customer::name).orElse(null);
    }

    /** The token this browser's forms send back (see {@link StorefrontCookies}). */
    public String getToken() {
        return (String) request.getAttribute(StorefrontCookies.FORM_TOKEN);
    }

    private String cookie(String name) {
        return StorefrontCookies.read(request, name).orElse(null);
    }
}
