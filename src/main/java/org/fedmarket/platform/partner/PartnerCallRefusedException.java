package org.fedmarket.platform.partner;

import org.fedmarket.platform.problem.DomainException;

/** A partner call without valid proof of who calls (401), or without the right it needs (403). */
public class PartnerCallRefusedException extends DomainException {

    private PartnerCallRefusedException(String slug, String title, int status, String detail) {
        super(slug, title, status, detail);
    }

    static PartnerCallRefusedException unauthenticated(String detail) {
        return new PartnerCallRefusedException("partner-call-unauthenticated", "Partner call not authenticated", 401, detail);
    }

    static PartnerCallRefusedException forbidden(String right, String caller) {
        return new PartnerCallRefusedException("partner-right-missing", "Right missing", 403,
                caller + " does not hold the right '" + right + "' from this shop");
    }
}
