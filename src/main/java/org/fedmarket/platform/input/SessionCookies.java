package org.fedmarket.platform.input;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;

/**
 * The session cookie is {@code Secure} when the node is reached over HTTPS (its base URL), or as
 * {@code fedmarket.http.secure-cookies} says; HttpOnly and SameSite=Lax come from web.xml.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    public static final String SECURE_KEY = "fedmarket.http.secure-cookies";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        event.getServletContext().getSessionCookieConfig().setSecure(secure(config.getOptionalValue(SECURE_KEY, Boolean.class),
                config.getOptionalValue("fedmarket.node.base-url", String.class)));
    }

    /** The setting when there is one, else whether the node is reached over HTTPS. */
    static boolean secure(Optional<Boolean> configured, Optional<String> baseUrl) {
        return configured.orElseGet(() -> baseUrl.map(url -> url.regionMatches(true, 0, "https:", 0, 6)).orElse(false));
    }
}
