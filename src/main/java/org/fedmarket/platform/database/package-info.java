/**
 * Schema migrations (Flyway) run before the application serves, and the readiness check that proves them applied.
 */
package org.fedmarket.platform.database;
