/**
 * RFC 9457 problem details: the domain exception hierarchy and the one place that turns every error into application/problem+json.
 */
package org.fedmarket.platform.problem;
