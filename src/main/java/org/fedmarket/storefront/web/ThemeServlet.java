package org.fedmarket.storefront.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fedmarket.storefront.application.StorefrontSettings;

import java.io.IOException;

/** The shop's accent colour as a style sheet: pages allow no inline styles (Content-Security-Policy). */
@WebServlet("/storefront/theme.css")
public class ThemeServlet extends HttpServlet {

    @Inject
    StorefrontSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getWriter().write(":root { --accent: " + settings.accentColour() + "; }\n");
    }
}
