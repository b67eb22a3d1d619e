/**
 * Repository of administrator accounts; the only code here touching the EntityManager.
 */
package org.fedmarket.platform.account.persistence;
