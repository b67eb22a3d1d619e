package org.fedmarket.archfixture.hub.rest;

import jakarta.ws.rs.Path;
import org.fedmarket.archfixture.hub.application.MemberService;

/** Clean: a REST resource where it belongs, using the application. */
@Path("/members")
public class MemberResource {
    MemberService service;
}
