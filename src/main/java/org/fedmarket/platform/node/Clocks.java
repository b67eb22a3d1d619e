package org.fedmarket.platform.node;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The node's one clock, in UTC: application code injects {@link Clock} and asks it the time, so a test can set it. */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock utc() {
        return Clock.systemUTC();
    }
}
