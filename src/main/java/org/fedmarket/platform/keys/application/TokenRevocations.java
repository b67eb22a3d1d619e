package org.fedmarket.platform.keys.application;

import com.nimbusds.jwt.JWTClaimsSet;

/** A module that issues bearer tokens says here which of them it has revoked (checked on every request). */
public interface TokenRevocations {

    boolean revoked(JWTClaimsSet claims);
}
