/**
 * The single JAX-RS application and node-level resources.
 */
package org.fedmarket.platform.rest;
