package org.fedmarket.archfixture.hub.application;

import jakarta.ws.rs.Path;

/** Planted: a REST resource outside a rest package. */
@Path("/misplaced")
public class MembersResource {
}
