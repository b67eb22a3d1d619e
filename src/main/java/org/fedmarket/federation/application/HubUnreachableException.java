package org.fedmarket.federation.application;

import org.fedmarket.platform.problem.DomainException;

/** The Hub could not be reached (503); the shop keeps working with what it has. */
public class HubUnreachableException extends DomainException {

    public HubUnreachableException(String hubUrl, Throwable cause) {
        super("hub-unreachable", "Hub unreachable", 503, "The Hub at " + hubUrl + " cannot be reached: "
                + (cause.getCause() == null ? cause : cause.getCause()).getMessage());
    }
}
