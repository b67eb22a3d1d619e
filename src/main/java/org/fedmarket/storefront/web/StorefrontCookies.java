package org.fedmarket.storefront.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fedmarket.storefront.application.Carts;
import org.fedmarket.storefront.application.CustomerSessions;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The storefront's cookies: the cart's secret ({@link Carts#COOKIE}), the customer's session ({@link CustomerSessions#COOKIE})
 * and the form token ({@value #FORM}) that every form of
 * the storefront sends back (a form another site makes cannot read it: double-submit). Both HttpOnly, SameSite=Lax,
 * Secure when the request came over HTTPS.
 */
public final class StorefrontCookies {

    public static final String CART = Carts.COOKIE;
    public static final String SESSION = CustomerSessions.COOKIE;
    public static final String FORM = "fm_form";
    /** The request attribute with this browser's form token, for the pages' forms. */
    public static final String FORM_TOKEN = "fedmarket.storefront.formToken";
    static final Duration CART_LIFETIME = Carts.IDLE;
    private static final SecureRandom RANDOM = new SecureRandom();

    private StorefrontCookies() {
    }

    public static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> c.getName().equals(name))
                .map(Cookie::getValue).filter(v -> v != null && !v.isEmpty()).findFirst();
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, String name, String value, Duration lifetime) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(lifetime == null ? -1 : (int) lifetime.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** Removes a cookie from the browser. */
    static void clear(HttpServletRequest request, HttpServletResponse response, String name) {
        write(request, response, name, "", Duration.ZERO);
    }

    /** This browser's form token; a new one (set as a cookie) when it has none. */
    static String formToken(HttpServletRequest request, HttpServletResponse response) {
        Object known = request.getAttribute(FORM_TOKEN);
        if (known != null) {
            return (String) known;
        }
        String token = read(request, FORM).filter(t -> t.matches("[A-Za-z0-9_-]{22}")).orElseGet(() -> {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            write(request, response, FORM, fresh, null);
            return fresh;
        });
        request.setAttribute(FORM_TOKEN, token);
        return token;
    }

    /** Whether a form post came from this storefront's own page: same site, and the token matches the cookie's. */
    static boolean ownForm(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String sent = request.getParameter("token");
        return sent != null && read(request, FORM).map(sent::equals).orElse(false);
    }
}
