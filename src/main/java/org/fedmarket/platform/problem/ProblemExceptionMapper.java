package org.fedmarket.platform.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one place where a REST error becomes a response: always problem+json, never a stack trace. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    /** How RESTEasy names a query parameter it failed to convert: {@code jakarta.ws.rs.QueryParam("limit") value is …}. */
    private static final Pattern QUERY_PARAMETER = Pattern.compile("QueryParam\\(\"([^\"]{1,100})\"\\)");
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    @Context
    UriInfo uri;
    @Context
    Request request;
    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable failure) {
        String instance = instance(uri);
        DomainException domain = domainCause(failure);
        if (domain != null) {
            Response.ResponseBuilder problem = ProblemResponses.of(domain.toProblem(instance));
            domain.headers().forEach(problem::header);
            return problem.build();
        }
        if (isMalformedBody(failure)) {
            return ProblemResponses.of(Problem.ofType("malformed-body", "Bad Request", 400,
                    "The request body is not valid JSON for this resource", instance)).build();
        }
        if (failure instanceof WebApplicationException web) {
            return fromHttpError(web, instance);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure " + errorId + " on " + instance, failure);
        return ProblemResponses.of(Problem.ofType("internal-error", "Internal Server Error", 500,
                        "An unexpected error occurred; quote error id " + errorId + " when reporting it", instance)
                .with("errorId", jakarta.json.Json.createValue(errorId))).build();
    }

    /** The request's path as sent; never fails, also not on a request URI that does not parse. */
    static String instance(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        try {
            return uri.getRequestUri().getRawPath();
        } catch (RuntimeException unparsable) {
            return null;
        }
    }

    private Response fromHttpError(WebApplicationException web, String instance) {
        int status = web.getResponse().getStatus();
        if (web instanceof NotFoundException) {
            Optional<String> parameter = unconvertibleQueryParameter(web);
            if (parameter.isPresent()) {
                InvalidFieldsException invalid = new InvalidFieldsException(parameter.get(), "is not a value of this parameter's kind"
                        + (web.getCause() instanceof NumberFormatException ? " (a whole number in range)" : ""));
                return ProblemResponses.of(invalid.toProblem(instance)).build();
            }
            return ProblemResponses.of(Problem.noResource(instance)).build();
        }
        if (web instanceof NotAllowedException) {
            String allow = web.getResponse().getHeaderString(HttpHeaders.ALLOW);
            return ProblemResponses.of(Problem.ofStatus(405, request.getMethod() + " is not allowed here"
                            + (allow == null ? "" : "; allowed: " + allow), instance))
                    .header(HttpHeaders.ALLOW, allow).build();
        }
        if (web instanceof NotAuthorizedException
                || (web instanceof ForbiddenException && (security == null || security.getUserPrincipal() == null))) {
            return ProblemResponses.unauthorized("Authentication is required", instance);
        }
        if (web instanceof ForbiddenException) {
            return ProblemResponses.of(Problem.ofStatus(403, "You are not allowed to do this", instance)).build();
        }
        if (status >= 500) {
            String errorId = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Server error " + errorId + " on " + instance, web);
            return ProblemResponses.of(Problem.ofStatus(status, "Quote error id " + errorId + " when reporting this", instance))
                    .build();
        }
        return ProblemResponses.of(Problem.ofStatus(status, safeDetail(web), instance)).build();
    }

    /**
     * The name of a query parameter the runtime could not convert (JAX-RS answers that with 404, as if the route did not
     * exist); it is the client's input that is wrong, so it gets 422 like any other invalid field.
     */
    static Optional<String> unconvertibleQueryParameter(WebApplicationException web) {
        if (web.getCause() == null || web.getMessage() == null) {
            return Optional.empty();
        }
        Matcher named = QUERY_PARAMETER.matcher(web.getMessage());
        return named.find() ? Optional.of(named.group(1)) : Optional.empty();
    }

    /** Messages of client errors raised by the JAX-RS runtime are about the request, single line, no internals. */
    private static String safeDetail(WebApplicationException web) {
        String message = web.getMessage();
        if (message == null || message.isBlank() || message.startsWith("HTTP ") || message.contains("\n")) {
            return null;
        }
        return message.length() > 300 ? message.substring(0, 300) : message;
    }

    /** A domain failure, also when a provider (a body reader) raised it and the runtime wrapped it. */
    private static DomainException domainCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }

    /**
     * Liberty's JSON-B provider throws JsonbException (bare or wrapped) for a body it cannot read. Our
     * responses are records that always serialise, so this is taken as the client's malformed body.
     */
    private static boolean isMalformedBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
