package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.schedule.ModuleJobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks the Hub periodically so the shop knows when it last heard from it, and logs when the
 * Hub goes away or comes back (not on every check).
 */
@ApplicationScoped
public class HubWatch {

    private static final Logger LOG = Logger.getLogger(HubWatch.class.getName());

    public record Observation(HubLink link, Instant at, Instant lastReachableAt) {
    }

    @Inject
    Clock clock;
    @Inject
    HubConnection hub;
    @Inject
    ModuleJobs jobs;
    @Inject
    @ConfigProperty(name = "fedmarket.federation.hub-watch-interval")
    Duration interval;

    private volatile Observation last;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        jobs.schedule(Module.FEDERATION, "hub-watch", interval, this::check);
    }

    void check() {
        HubLink link = hub.check();
        Observation previous = last;
        Instant now = Instant.now(clock);
        Instant lastReachable = link.reachable() ? now : previous == null ? null : previous.lastReachableAt();
        last = new Observation(link, now, lastReachable);
        if (previous == null || previous.link().reachable() != link.reachable()) {
            LOG.info(link.reachable() ? "The Hub at " + link.hubUrl() + " is reachable"
                    : "The Hub at " + link.hubUrl() + " is unreachable: " + link.problem());
        }
    }

    /** The most recent check, if one has run yet. */
    public Optional<Observation> last() {
        return Optional.ofNullable(last);
    }
}
