package org.fedmarket.platform.problem;

import jakarta.json.JsonValue;

import java.util.Map;

/**
 * Root of every expected business failure. Each subclass fixes an HTTP status; each throw names a problem type;
 * {@link ProblemExceptionMapper} turns them into problem+json. Messages are shown to clients.
 */
public abstract class DomainException extends RuntimeException {

    private final String slug;
    private final String title;
    private final int status;

    /** No stack trace: the failure is expected and answered, never debugged from a trace, and a flood of them stays cheap. */
    protected DomainException(String slug, String title, int status, String detail) {
        super(detail, null, false, false);
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The problem type's last part, e.g. {@code quantity-invalid}. */
    public String slug() {
        return slug;
    }

    /** Extra members of the problem, e.g. how many items are still available. */
    public Map<String, JsonValue> extensions() {
        return Map.of();
    }

    /** Response headers the problem comes with, e.g. Retry-After. */
    public Map<String, String> headers() {
        return Map.of();
    }

    public Problem toProblem(String instance) {
        Problem problem = Problem.ofType(slug, title, status(), getMessage(), instance);
        for (Map.Entry<String, JsonValue> e : extensions().entrySet()) {
            problem = problem.with(e.getKey(), e.getValue());
        }
        return problem;
    }
}
