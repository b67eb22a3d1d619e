package org.fedmarket.platform.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems a REST method (or every method of a class) answers with, besides those its other annotations already
 * say: each entry is a status and a problem type, {@code "409 order-id-reused"} for
 * {@code urn:fedmarket:problem:order-id-reused}, or {@code "405 about:blank"} for a plain HTTP error.
 * {@code platform.openapi.ApiDocumentFilter} turns them into the operation's responses in {@code /openapi}; what authentication,
 * a request body and rate limits add (401, 403, 400, 413, 415, 422 validation, 429) it derives from the method's own
 * annotations, so they are not repeated here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Refuses {

    String[] value();
}
