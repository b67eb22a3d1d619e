package org.fedmarket.archfixture.hub.api;

/** Clean: the hub's published contract. */
public interface HubDirectory {
}
