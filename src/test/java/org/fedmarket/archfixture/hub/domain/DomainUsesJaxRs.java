package org.fedmarket.archfixture.hub.domain;

import jakarta.ws.rs.core.Response;

/** Planted: domain code that knows JAX-RS. */
public class DomainUsesJaxRs {
    Response response;
}
