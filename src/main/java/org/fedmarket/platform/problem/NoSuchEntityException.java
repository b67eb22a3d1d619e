package org.fedmarket.platform.problem;

/** The thing asked for does not exist (404). */
public class NoSuchEntityException extends DomainException {

    public NoSuchEntityException(String what, String id) {
        super("not-found", "Not Found", 404, what + " '" + id + "' does not exist");
    }
}
