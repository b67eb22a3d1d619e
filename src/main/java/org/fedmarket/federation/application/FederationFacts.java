package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.fedmarket.platform.database.Bounded;
import org.fedmarket.platform.module.HealthFacts;

import java.util.List;

/**
 * The shop's links in {@code /health}: whether the Hub answered its last check (and since when it has not), and each
 * partner catalogue feed that is failing, with its error.
 */
@ApplicationScoped
public class FederationFacts implements HealthFacts {

    @Inject
    HubWatch watch;
    @Inject
    CatalogueFeeds feeds;
    @Inject
    Bounded bounded;

    @Override
    public void describe(HealthCheckResponseBuilder response) {
        watch.last().ifPresentOrElse(hub -> {
            response.withData("hubReachable", hub.link().reachable())
                    .withData("hubCheckedAt", hub.at().toString())
                    .withData("hubLastReachableAt", hub.lastReachableAt() == null ? "never" : hub.lastReachableAt().toString());
            if (!hub.link().reachable()) {
                response.withData("hubProblem", String.valueOf(hub.link().problem()));
            }
        }, () -> response.withData("hubReachable", "not checked yet"));

        bounded.read("partner-feeds", feeds::health).ifPresentOrElse(all -> {
            List<FeedHealth> failing = all.stream().filter(f -> f.consecutiveFailures() > 0).toList();
            response.withData("partnerFeeds", all.size()).withData("partnerFeedsFailing", failing.size());
            for (FeedHealth f : failing) {
                response.withData("partnerFeed." + f.partner(), f.consecutiveFailures() + " failures in a row, last success "
                        + (f.lastSuccessAt() == null ? "never" : f.lastSuccessAt().toInstant().toString()) + ", circuit "
                        + f.circuit() + ": " + f.lastError());
            }
        }, () -> response.withData("partnerFeeds", "unknown: the database did not answer"));
    }
}
