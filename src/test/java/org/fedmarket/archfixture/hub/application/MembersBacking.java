package org.fedmarket.archfixture.hub.application;

/** Planted: a Faces backing bean outside a web package. */
public class MembersBacking {
}
