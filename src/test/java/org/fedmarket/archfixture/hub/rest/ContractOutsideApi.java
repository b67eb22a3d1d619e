package org.fedmarket.archfixture.hub.rest;

import jakarta.ws.rs.Path;

/** Planted: a REST client contract outside an api package. */
@Path("/contract")
public interface ContractOutsideApi {
}
