package org.fedmarket.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway before the application serves. Every module has its own
 * PostgreSQL schema; all are migrated on every node, so a node can change its role without a gap.
 */
@ApplicationScoped
public class DatabaseMigrations {

    static final String[] SCHEMAS = {"platform", "hub", "federation", "inventory", "storefront"};
    /**
     * Liberty's class loader only finds a folder through the empty marker file {@code flyway.location} in it;
     * db/callback has one too because Flyway always looks there.
     */
    private static final String LOCATION = "classpath:db/migration";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "jdbc/fedmarket")
    DataSource dataSource;

    private volatile String expectedVersion;

    public void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMAS)
                .locations(LOCATION)
                .callbackLocations(LOCATION)
                .validateMigrationNaming(true)
                .load();
        if (flyway.info().all().length == 0) {
            // Flyway only warns when it finds nothing; a node without its schema must not start.
            throw new IllegalStateException("No database migrations found at " + LOCATION);
        }
        var result = flyway.migrate();
        expectedVersion = Optional.ofNullable(flyway.info().current())
                .map(MigrationInfo::getVersion).map(Object::toString).orElse(null);
        LOG.info(() -> "Database schema at version " + expectedVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** The schema version this build brings, once {@link #migrate()} has run; empty before. */
    public Optional<String> expectedVersion() {
        return Optional.ofNullable(expectedVersion);
    }

    DataSource dataSource() {
        return dataSource;
    }
}
