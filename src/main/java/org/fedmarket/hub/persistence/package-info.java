/**
 * Repositories of the Hub's membership data; the only hub code that touches the EntityManager.
 */
package org.fedmarket.hub.persistence;
