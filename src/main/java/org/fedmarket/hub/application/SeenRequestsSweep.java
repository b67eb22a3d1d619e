package org.fedmarket.hub.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.schedule.ModuleJobs;

import java.time.Duration;

/** Hourly, the Hub forgets the ids of signed requests that have expired: the requests themselves are refused by now. */
@ApplicationScoped
public class SeenRequestsSweep {

    @Inject
    SignedRequests requests;
    @Inject
    ModuleJobs jobs;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        jobs.schedule(Module.HUB, "forget-seen-requests", Duration.ofHours(1), requests::forgetExpired);
    }
}
