package it.org.fedmarket;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.fedmarket.inventory.api.HoldGranted;
import org.fedmarket.inventory.api.ProductDraft;
import org.fedmarket.inventory.application.CatalogueService;
import org.fedmarket.inventory.application.Holds;
import org.fedmarket.inventory.application.ProductIds;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.File;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server: a repeated hold whose live hold is ended by the expiry sweep between the hold's insert (which met
 * the live one) and its read of it. The test forces that interleaving with a row lock: it locks the live hold, lets the
 * repeat run into the lock, ends the hold there as the sweep does, and commits.
 */
@ExtendWith(ArquillianExtension.class)
class HoldRaceInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "hold-race.war")
                .importFrom(new File("target/fedmarket.war"))
                .as(WebArchive.class)
                .addClass(HoldRaceInContainerIT.class);
    }

    @Inject
    Holds holds;
    @Inject
    CatalogueService catalogue;
    @Inject
    ProductIds ids;
    @Resource(lookup = "jdbc/fedmarket")
    DataSource database;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void aRepeatedHoldWhoseLiveHoldTheSweepEndsMidwayIsHeldAnewInsteadOfFailing() throws Exception {
        String sku = "race-" + UUID.randomUUID().toString().substring(0, 8);
        catalogue.create(new ProductDraft(sku, "Race", null, new BigDecimal("5.00"), "USD", null, 10));
        String productId = ids.of(sku);
        HoldGranted first = holds.hold("partner-x", productId, 2, "checkout-1");

        HoldGranted again;
        try (Connection sweep = database.getConnection()) {
            sweep.setAutoCommit(false);
            lock(sweep, first.holdId());
            Future<HoldGranted> repeat = executor.submit(() -> holds.hold("partner-x", productId, 3, "checkout-1"));
            awaitBlockedOnALock(repeat);
            // what the expiry sweep does to a due hold, in the transaction that holds its lock
            try (PreparedStatement end = sweep.prepareStatement(
                    "UPDATE inventory.hold SET status = 'expired', ended_at = now() WHERE id = ?::uuid AND status = 'held'")) {
                end.setString(1, first.holdId());
                assertEquals(1, end.executeUpdate());
            }
            try (PreparedStatement back = sweep.prepareStatement("UPDATE inventory.product SET stock = stock + 2 WHERE sku = ?")) {
                back.setString(1, sku);
                back.executeUpdate();
            }
            sweep.commit();
            again = repeat.get(30, TimeUnit.SECONDS);
        }

        assertNotEquals(first.holdId(), again.holdId(), "a new hold, since the first one ended");
        assertEquals(3, again.quantity());
        assertEquals("expired", status(first.holdId()));
        assertEquals("held", status(again.holdId()));
        assertEquals(7, catalogue.get(sku).stock(), "10 less the 3 held now; the ended hold's 2 are back");
    }

    private static void lock(Connection c, String holdId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM inventory.hold WHERE id = ?::uuid FOR UPDATE")) {
            st.setString(1, holdId);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
            }
        }
    }

    /** Waits until another session waits for a row lock (the repeat's read of the live hold). */
    private void awaitBlockedOnALock(Future<?> repeat) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        try (Connection c = database.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%FROM inventory.hold%FOR UPDATE%'")) {
            while (Instant.now().isBefore(deadline)) {
                assertTrue(!repeat.isDone(), "the repeat did not wait for the live hold's lock");
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the repeat never reached the live hold's lock");
    }

    private String status(String holdId) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT status FROM inventory.hold WHERE id = ?::uuid")) {
            st.setString(1, holdId);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }
}
