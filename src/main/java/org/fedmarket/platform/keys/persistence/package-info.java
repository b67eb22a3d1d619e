/**
 * Repository of signing keys; the only key code touching the EntityManager.
 */
package org.fedmarket.platform.keys.persistence;
