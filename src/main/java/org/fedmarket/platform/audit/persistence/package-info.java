/**
 * The append-only audit table, through native SQL.
 */
package org.fedmarket.platform.audit.persistence;
