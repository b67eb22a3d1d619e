package org.fedmarket.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Errors raised outside JAX-RS (unknown pages, failed page rendering) reach this servlet through
 * the error pages of web.xml. A browser gets a short HTML page; everything else problem+json.
 */
@WebServlet(urlPatterns = "/error")
public class ProblemErrorServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ProblemErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer code = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = statusOf(code, failure);
        if (uri == null) {
            uri = request.getRequestURI();
        }
        String detail = switch (status) {
            case 404 -> "No resource at " + uri;
            case 401 -> "Authentication is required";
            case 403 -> "You are not allowed to do this";
            case 405 -> request.getMethod() + " is not allowed here";
            default -> null;
        };
        if (status >= 500) {
            String errorId = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure " + errorId + " on " + uri, failure);
            detail = "An unexpected error occurred; quote error id " + errorId + " when reporting it";
        }
        Problem problem = Problem.ofStatus(status, detail, uri);
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (prefersHtml(request)) {
            response.setContentType("text/html");
            response.getWriter().write(html(problem));
        } else {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(problem.toJson().toString());
        }
    }

    /** Liberty reports a missing static file as a FileNotFoundException; that is a 404, not a failure. */
    static int statusOf(Integer code, Throwable failure) {
        if (code == null && failure == null) {
            return 404; // reached directly rather than as an error page: there is nothing here
        }
        if (code != null && code >= 400 && code < 500) {
            return code;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FileNotFoundException) {
                return 404;
            }
        }
        return code != null && code >= 500 ? code : 500;
    }

    private static boolean prefersHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    private static String html(Problem problem) {
        return "<!DOCTYPE html><html><head><title>" + problem.status() + " " + escape(problem.title())
                + "</title><link rel=\"stylesheet\" href=\"/resources/css/fedmarket.css\"/></head><body class=\"error\">"
                + "<h1>" + problem.status() + " " + escape(problem.title()) + "</h1>"
                + (problem.detail() == null ? "" : "<p>" + escape(problem.detail()) + "</p>")
                + "<p><a href=\"/admin/\">Back to the admin pages</a></p></body></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
