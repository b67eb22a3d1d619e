/**
 * Rate limits: token buckets per limit and caller (a partner, an administrator, an API token), kept in
 * PostgreSQL so every instance of a node draws from the same bucket.
 */
package org.fedmarket.platform.ratelimit;
