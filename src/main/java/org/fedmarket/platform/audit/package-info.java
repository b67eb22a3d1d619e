/**
 * The audit log: every change an administrator or API token makes (prices, stock, partnerships, keys, accounts,
 * members, messages), who made it and when, written in the change's own transaction and never altered.
 */
package org.fedmarket.platform.audit;
