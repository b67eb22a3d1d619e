package org.fedmarket.platform.problem;

/** The request clashes with the current state, e.g. a name already taken (409). */
public class ConflictException extends DomainException {

    public ConflictException(String slug, String detail) {
        super(slug, "Conflict", 409, detail);
    }
}
