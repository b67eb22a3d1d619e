package org.fedmarket.platform.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules that the http test nodes cannot show: HSTS and Secure cookies on an https node. */
class ResponseHeadersTest {

    private static HttpServletRequest request(String uri, boolean secure) {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass0(), new Class<?>[]{HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "";
                    case "isSecure" -> secure;
                    default -> null;
                });
    }

    private static HttpServletResponse response(Map<String, String> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass0(), new Class<?>[]{HttpServletResponse.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
    }

    private static ClassLoader getClass0() {
        return ResponseHeadersTest.class.getClassLoader();
    }

    @Test
    void anHttpsNodeSendsHstsAndAnHttpNodeOnlyOverASecureConnection() {
        Map<String, String> https = new HashMap<>();
        new ResponseHeaders(true).apply(request("/admin/", false), response(https));
        assertEquals(ResponseHeaders.HSTS, https.get("Strict-Transport-Security"));
        Map<String, String> http = new HashMap<>();
        new ResponseHeaders(false).apply(request("/admin/", false), response(http));
        assertNull(http.get("Strict-Transport-Security"));
        Map<String, String> tls = new HashMap<>();
        new ResponseHeaders(false).apply(request("/admin/", true), response(tls));
        assertEquals(ResponseHeaders.HSTS, tls.get("Strict-Transport-Security"));
    }

    @Test
    void pagesAreNeverStoredAndStaticFilesAndTheApiDecideForThemselves() {
        Map<String, String> page = new HashMap<>();
        new ResponseHeaders(false).apply(request("/admin/tokens.xhtml", false), response(page));
        assertEquals("no-store", page.get("Cache-Control"));
        for (String uri : new String[]{"/resources/css/fedmarket.css", "/api/v1/products"}) {
            Map<String, String> other = new HashMap<>();
            new ResponseHeaders(false).apply(request(uri, false), response(other));
            assertNull(other.get("Cache-Control"), uri);
            assertTrue(other.get("Content-Security-Policy").contains("frame-ancestors 'none'"), uri);
        }
    }

    @Test
    void theSessionCookieIsSecureOnAnHttpsNodeUnlessConfiguredOtherwise() {
        assertTrue(SessionCookies.secure(Optional.empty(), Optional.of("https://shop.example")));
        assertFalse(SessionCookies.secure(Optional.empty(), Optional.of("http://localhost:9080")));
        assertTrue(SessionCookies.secure(Optional.of(true), Optional.of("http://localhost:9080")), "behind a TLS proxy");
        assertFalse(SessionCookies.secure(Optional.of(false), Optional.of("https://shop.example")));
    }
}
