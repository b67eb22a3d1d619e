/**
 * The public JWKS of the node and the administrators' key API.
 */
package org.fedmarket.platform.keys.rest;
