package org.fedmarket.platform.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fedmarket.platform.problem.DomainException;
import org.fedmarket.platform.problem.InvalidFieldsException;
import org.fedmarket.platform.problem.Problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The first thing every request meets: the headers every answer carries ({@link ResponseHeaders}), then the
 * checks that hold for any request before a resource or page sees it — a body over the node's limit (413), a
 * query string or path with a malformed escape (400), text parameters with control characters (422, naming
 * the parameter). Resources and pages can then decode parameters without ever failing.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestGuard extends HttpFilter {

    /** The largest request body the node reads at all, in bytes. */
    public static final String MAX_BODY_KEY = "fedmarket.http.max-body-bytes";

    private final long maxBody = ConfigProvider.getConfig().getValue(MAX_BODY_KEY, Long.class);
    private final ResponseHeaders headers = ResponseHeaders.fromConfig();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.apply(request, response);
        try {
            check(request);
        } catch (DomainException refused) {
            refuse(response, refused.toProblem(safePath(request)));
            return;
        }
        chain.doFilter(request, response);
    }

    private void check(HttpServletRequest request) {
        if (request.getContentLengthLong() > maxBody) {
            throw new BodyTooLargeException(maxBody);
        }
        List<InvalidFieldsException.Violation> violations = new ArrayList<>();
        Text.problem(Escapes.decode("path", request.getRequestURI()))
                .ifPresent(p -> violations.add(new InvalidFieldsException.Violation("path", p)));
        if (request.getQueryString() != null) {
            for (Map.Entry<String, String> parameter : Escapes.query(request.getQueryString())) {
                Text.problem(parameter.getKey()).ifPresent(p -> violations.add(new InvalidFieldsException.Violation("query", p)));
                Text.problem(parameter.getValue()).ifPresent(p -> violations.add(
                        new InvalidFieldsException.Violation(parameter.getKey(), p)));
            }
        }
        if (isForm(request)) {
            request.getParameterMap().forEach((name, values) -> {
                for (String value : values) {
                    Text.problem(value).ifPresent(p -> violations.add(new InvalidFieldsException.Violation(name, p)));
                }
            });
        }
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations);
        }
    }

    /** Pages' form posts; the API reads its own bodies (a JAX-RS form parameter would lose its body here). */
    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase().startsWith("application/x-www-form-urlencoded")
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String safePath(HttpServletRequest request) {
        try {
            String uri = request.getRequestURI();
            return Text.problem(Escapes.decode("path", uri)).isEmpty() ? uri : null;
        } catch (DomainException malformed) {
            return null;
        }
    }

    private static void refuse(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.toJson().toString());
    }
}
