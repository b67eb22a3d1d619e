package org.fedmarket.platform.problem;

/** Well-formed input that a business rule refuses (422). */
public class BusinessRuleException extends DomainException {

    public BusinessRuleException(String slug, String detail) {
        super(slug, "Unprocessable Content", 422, detail);
    }
}
