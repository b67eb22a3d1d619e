/**
 * Key use cases: making sure a current key exists, rotating, publishing, encrypting private keys at rest.
 */
package org.fedmarket.platform.keys.application;
