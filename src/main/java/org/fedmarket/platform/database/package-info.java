/**
 * Schema migrations (Flyway) run before the application serves, the readiness check that proves them applied,
 * and the conversion of native query values.
 */
package org.fedmarket.platform.database;
