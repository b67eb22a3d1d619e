package org.fedmarket.platform.module;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.node.NodeSettings;
import org.fedmarket.platform.problem.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The routes and admin pages of a module that is off are not found — answered here, before any resource is matched, a
 * media type or method is checked, or credentials are looked at, so such a route answers exactly like an unknown one
 * (never 401, 405 or 415 that would tell it exists).
 */
@WebFilter(urlPatterns = {"/api/*", "/admin/*", "/storefront/*"})
public class ModuleRouteFilter extends HttpFilter {

    @Inject
    NodeSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        boolean off = (api ? Module.owningApiPath(path) : Module.owningPage(path))
                .map(m -> !settings.modules().isOn(m)).orElse(false);
        if (!off) {
            chain.doFilter(request, response);
        } else if (api) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Problem.noResource(path).toJson().toString());
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
