package org.fedmarket.platform.schedule;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.node.NodeSettings;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way to run something periodically. A job belongs to a module and is never scheduled
 * when that module is off; a failing run is logged and counted, and the next run still happens.
 * Metrics: {@code fedmarket_job_runs_total{task}} and {@code fedmarket_job_failures_total{task}}, both from 0 at start
 * (the label is not {@code job}: Prometheus sets {@code job} to the scrape job and would rename ours).
 */
@ApplicationScoped
public class ModuleJobs {

    private static final Logger LOG = Logger.getLogger(ModuleJobs.class.getName());
    private static final Duration FIRST_RUN = Duration.ofSeconds(2);

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    NodeSettings settings;
    @Inject
    MetricRegistry metrics;

    private final List<ScheduledFuture<?>> scheduled = new CopyOnWriteArrayList<>();

    /** Runs {@code job} every {@code interval} (first run shortly after start); false if the module is off. */
    public boolean schedule(Module owner, String name, Duration interval, Runnable job) {
        if (!settings.modules().isOn(owner)) {
            LOG.fine(() -> "Job " + name + " not scheduled: module " + owner.id() + " is off");
            return false;
        }
        start(owner.id(), name, interval, job);
        return true;
    }

    /** Runs a job of the node itself (not of one module), e.g. outbox delivery, every {@code interval}. */
    public void scheduleForNode(String name, Duration interval, Runnable job) {
        start("platform", name, interval, job);
    }

    private void start(String owner, String name, Duration interval, Runnable job) {
        Tag tag = new Tag("task", name);
        metrics.counter("fedmarket_job_failures", tag); // exported from the start, at 0: rate() and alerts need the series
        metrics.counter("fedmarket_job_runs", tag);
        Runnable guarded = () -> {
            try {
                job.run();
                metrics.counter("fedmarket_job_runs", tag).inc();
            } catch (RuntimeException e) {
                metrics.counter("fedmarket_job_failures", tag).inc();
                LOG.log(Level.WARNING, "Job " + name + " failed; it runs again in " + interval, e);
            }
        };
        scheduled.add(executor.scheduleWithFixedDelay(guarded, FIRST_RUN.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS));
        LOG.info(() -> "Job " + name + " of " + owner + " runs every " + interval);
    }

    @PreDestroy
    void cancelAll() {
        scheduled.forEach(f -> f.cancel(false));
    }
}
