package org.fedmarket.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ready when PostgreSQL answers within {@link #DEADLINE} and holds exactly the schema version this build migrated to.
 * The check runs on its own thread against a deadline: a frozen database answers nothing, not even the driver's
 * cancel of a timed-out query, and would otherwise hold the probe (and the node's "ready") forever.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final String APPLIED = """
            SELECT version, (SELECT count(*) FROM platform.flyway_schema_history WHERE NOT success) AS failed
              FROM platform.flyway_schema_history
             WHERE version IS NOT NULL AND success
             ORDER BY installed_rank DESC LIMIT 1""";

    static final Duration DEADLINE = Duration.ofSeconds(2);

    @Inject
    DatabaseMigrations migrations;
    @Resource
    ManagedExecutorService executor;

    private final AtomicReference<Future<HealthCheckResponse>> inFlight = new AtomicReference<>();

    @Override
    public HealthCheckResponse call() {
        Future<HealthCheckResponse> running = inFlight.get();
        if (running != null && !running.isDone()) {
            return down("database did not answer the previous check");
        }
        Future<HealthCheckResponse> check = executor.submit(this::check);
        inFlight.set(check);
        try {
            return check.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return down("database did not answer within " + DEADLINE.toSeconds() + " s");
        } catch (ExecutionException e) {
            return down("check failed: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named("database").down().withData("reason", reason).build();
    }

    private HealthCheckResponse check() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        String expected = migrations.expectedVersion().orElse(null);
        if (expected == null) {
            return response.down().withData("reason", "migrations have not run yet").build();
        }
        try (Connection c = migrations.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement(APPLIED)) {
            st.setQueryTimeout((int) DEADLINE.toSeconds());
            try (ResultSet rs = st.executeQuery()) {
                String applied = rs.next() ? rs.getString("version") : null;
                long failed = applied == null ? 0 : rs.getLong("failed");
                response.withData("schemaVersion", String.valueOf(applied)).withData("expectedVersion", expected);
                return (expected.equals(applied) && failed == 0 ? response.up() : response.down()).build();
            }
        } catch (SQLException e) {
            return response.down().withData("reason", "database unreachable: " + e.getSQLState()).build();
        }
    }
}
