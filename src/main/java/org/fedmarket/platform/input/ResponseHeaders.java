package org.fedmarket.platform.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The web defences on every answer: a Content-Security-Policy that allows only the node's own scripts, styles and
 * frames (pages need no inline script), no framing by others, no MIME sniffing, no referrer to other sites, HSTS
 * when the node is reached over HTTPS; and pages (which may show a secret once) are never stored by a cache.
 */
final class ResponseHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' https: data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000";

    private final boolean httpsNode;

    ResponseHeaders(boolean httpsNode) {
        this.httpsNode = httpsNode;
    }

    static ResponseHeaders fromConfig() {
        Config config = ConfigProvider.getConfig();
        return new ResponseHeaders(config.getOptionalValue("fedmarket.node.base-url", String.class)
                .map(url -> url.regionMatches(true, 0, "https:", 0, 6)).orElse(false));
    }

    void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (httpsNode || request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (isPage(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Faces pages and everything else that is neither the API (its own rule) nor a static resource. */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") && !path.startsWith("/resources/") && !path.startsWith("/jakarta.faces.resource/");
    }
}
