package org.fedmarket.federation.application;

import org.fedmarket.platform.problem.BusinessRuleException;

/** The shop named is not an active member in this shop's directory (never was, left, or is suspended): 422. */
public class UnknownPartnerException extends BusinessRuleException {

    public UnknownPartnerException(String partner) {
        super("partner-unknown", partner + " is not an active member in this shop's directory");
    }
}
