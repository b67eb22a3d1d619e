/**
 * The Hub's published contract: wire types and JAX-RS interfaces that shops use as REST clients.
 */
package org.fedmarket.hub.api;
