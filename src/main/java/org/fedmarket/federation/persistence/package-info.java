/**
 * Repositories of the shop's membership and directory; the only federation code that touches the EntityManager.
 */
package org.fedmarket.federation.persistence;
