package org.fedmarket.platform.database;

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

/**
 * Ready when PostgreSQL answers within {@link Bounded#DEADLINE} and holds exactly the schema version this build migrated
 * to. The check is a {@link Bounded} read: a frozen database would otherwise hold the probe (and the node's "ready")
 * forever.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final String APPLIED = """
            SELECT version, (SELECT count(*) FROM platform.flyway_schema_history WHERE NOT success) AS failed
              FROM platform.flyway_schema_history
             WHERE version IS NOT NULL AND success
             ORDER BY installed_rank DESC LIMIT 1""";

    @Inject
    DatabaseMigrations migrations;
    @Inject
    Bounded bounded;

    @Override
    public HealthCheckResponse call() {
        return bounded.read("database", this::check)
                .orElseGet(() -> down("database did not answer within " + Bounded.DEADLINE.toSeconds() + " s"));
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
            st.setQueryTimeout((int) Bounded.DEADLINE.toSeconds());
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
