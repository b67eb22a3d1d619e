package org.fedmarket.platform.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Failed Bean Validation on a request: 400 with one entry per violated field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        JsonArrayBuilder violations = Json.createArrayBuilder();
        failure.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> field(v)))
                .forEach(v -> violations.add(Json.createObjectBuilder()
                        .add("field", field(v))
                        .add("message", v.getMessage())));
        String instance = uri.getRequestUri().getRawPath();
        return Problem.ofType("validation", "Bad Request", 400, "The request has invalid fields", instance)
                .with("violations", violations.build())
                .toResponse().build();
    }

    /** "create.account.username" → "username": drops the method and parameter nodes of a path. */
    static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE -> names.clear();
                case PARAMETER -> names.clear();
                default -> names.add(node.getName());
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }
}
