/**
 * Tracing across shops: the W3C trace context of the work that caused a message, kept with the message
 * so a delivery minutes later continues the same trace (MicroProfile Telemetry makes the spans of
 * requests and REST client calls by itself).
 */
package org.fedmarket.platform.trace;
