package org.fedmarket.archfixture.hub.domain;

import org.fedmarket.archfixture.hub.application.MemberService;

/** Planted: the domain uses the application layer of its module (and closes a layer cycle). */
public class DomainUsesApplication {
    MemberService service;
}
