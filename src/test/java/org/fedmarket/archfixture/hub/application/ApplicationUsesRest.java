package org.fedmarket.archfixture.hub.application;

import org.fedmarket.archfixture.hub.rest.MemberResource;

/** Planted: the application uses the rest layer of its module. */
public class ApplicationUsesRest {
    MemberResource resource;
}
