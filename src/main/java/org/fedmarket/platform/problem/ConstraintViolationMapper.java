package org.fedmarket.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Failed Bean Validation on a request: the same 422 {@code validation} problem as every other invalid field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        InvalidFieldsException invalid = new InvalidFieldsException(failure.getConstraintViolations().stream()
                .map(v -> new InvalidFieldsException.Violation(field(v), v.getMessage())).toList());
        return ProblemResponses.of(invalid.toProblem(ProblemExceptionMapper.instance(uri))).build();
    }

    /** "create.arg0.lines[0].quantity" → "lines[0].quantity": drops the method and parameter nodes of a path. */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, PARAMETER, CROSS_PARAMETER -> field.setLength(0);
                default -> {
                    if (node.isInIterable()) {
                        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                        field.append(field.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
