package org.fedmarket.platform.problem;

import jakarta.ws.rs.core.Response;

/**
 * Problems as JAX-RS answers, for the mappers and filters that write them. Apart from {@link Problem} so that what
 * domain classes reach (their exceptions, the problems those make) knows nothing of JAX-RS.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response.ResponseBuilder of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.toJson().toString());
    }

    /** The answer to a request without (valid) login: 401 with the Basic challenge of the REST API. */
    public static Response unauthorized(String detail, String instance) {
        return of(Problem.ofStatus(401, detail, instance))
                .header("WWW-Authenticate", "Basic realm=\"fedmarket\", charset=\"UTF-8\"").build();
    }
}
