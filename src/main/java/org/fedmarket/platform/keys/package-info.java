/**
 * The node's own signing keys: generated on first start, private halves encrypted at rest, published as a JWKS,
 * rotated with a grace period during which the previous key still verifies.
 */
package org.fedmarket.platform.keys;
