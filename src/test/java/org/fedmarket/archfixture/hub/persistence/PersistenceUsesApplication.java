package org.fedmarket.archfixture.hub.persistence;

import org.fedmarket.archfixture.hub.application.MemberService;

/** Planted: persistence uses the application layer of its module. */
public class PersistenceUsesApplication {
    MemberService service;
}
