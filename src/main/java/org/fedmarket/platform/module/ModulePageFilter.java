package org.fedmarket.platform.module;

import org.fedmarket.platform.node.Module;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fedmarket.platform.node.NodeSettings;

import java.io.IOException;

/** The admin pages of a module that is off are not found. */
@WebFilter(urlPatterns = "/admin/*")
public class ModulePageFilter extends HttpFilter {

    @Inject
    NodeSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean off = Module.owningAdminPage(path).map(m -> !settings.modules().isOn(m)).orElse(false);
        if (off) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
