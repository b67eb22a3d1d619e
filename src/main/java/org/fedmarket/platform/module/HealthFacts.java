package org.fedmarket.platform.module;

import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * What a module tells the operator in {@code /health} about the links it depends on (the Hub, partners, the outbox).
 * Facts never make the node unready: a partner or the Hub being down is not this node's fault, and a node taken out
 * of service for it would only spread the outage. Facts of a module that is off are not asked for.
 */
public interface HealthFacts {

    /** Adds this module's facts as data; reads of the database must be bounded (see {@code Bounded}). */
    void describe(HealthCheckResponseBuilder response);
}
