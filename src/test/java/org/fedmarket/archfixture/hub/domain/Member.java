package org.fedmarket.archfixture.hub.domain;

/** Clean: a domain class. */
public class Member {
}
