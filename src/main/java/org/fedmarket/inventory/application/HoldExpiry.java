package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.schedule.ModuleJobs;

import java.time.Duration;

/** The sweep that ends expired holds and gives their stock back: one transaction per batch, until a batch is not full. */
@ApplicationScoped
public class HoldExpiry {

    @Inject
    Holds holds;
    @Inject
    ModuleJobs jobs;
    @Inject
    @ConfigProperty(name = "fedmarket.inventory.hold-sweep-interval")
    Duration sweepInterval;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        jobs.schedule(Module.INVENTORY, "hold-expiry", sweepInterval, () -> {
            while (holds.expireDue() == Holds.EXPIRY_BATCH) {
                // a full batch: more may be due
            }
        });
    }
}
