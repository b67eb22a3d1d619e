package org.fedmarket.archfixture.hub.rest;

import jakarta.ws.rs.Path;

/** Planted: a REST resource not named …Resource. */
@Path("/endpoint")
public class MembersEndpoint {
}
