package org.fedmarket.platform.market.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import static org.fedmarket.platform.database.NativeValues.time;

/** The append-only event table. Rows are only ever inserted; a trigger refuses updates and deletes. */
@ApplicationScoped
public class MarketEventRepository {

    /** A stored event; {@code tx} and {@code id} together are its position in the feed. */
    public record Row(long id, long tx, String kind, String product, List<String> parties, OffsetDateTime at, String data) {
    }

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    public void append(String kind, String product, Collection<String> parties, OffsetDateTime at, String json) {
        em.createNativeQuery("INSERT INTO platform.market_event (kind, product, parties, at, data)"
                        + " VALUES (?, ?, CAST(? AS text[]), ?, CAST(? AS jsonb))")
                .setParameter(1, kind).setParameter(2, product).setParameter(3, array(parties)).setParameter(4, at)
                .setParameter(5, json).executeUpdate();
    }

    /**
     * Up to {@code limit} events after position ({@code tx}, {@code id}), in feed order; only of
     * transactions older than every transaction still running, so none can later appear before them.
     * With {@code parties}, only events about at least one of them.
     */
    @SuppressWarnings("unchecked")
    public List<Row> after(long tx, long id, int limit, Collection<String> parties) {
        Query query = em.createNativeQuery("SELECT e.id, e.tx::text AS position, e.kind, e.product, array_to_string(e.parties, ','), e.at, e.data::text"
                + " FROM platform.market_event e WHERE (e.tx, e.id) > (CAST(? AS text)::xid8, ?)"
                + " AND e.tx < pg_snapshot_xmin(pg_current_snapshot())"
                + (parties == null ? "" : " AND e.parties && CAST(? AS text[])")
                + " ORDER BY e.tx, e.id LIMIT ?"); // by the xid8 column, not its text
        int p = 1;
        query.setParameter(p++, Long.toUnsignedString(tx)).setParameter(p++, id);
        if (parties != null) {
            query.setParameter(p++, array(parties));
        }
        query.setParameter(p, limit);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(MarketEventRepository::row).toList();
    }

    /** Up to {@code limit} events before position ({@code tx}, {@code id}), newest first (for people: the latest first). */
    @SuppressWarnings("unchecked")
    public List<Row> before(long tx, long id, int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT e.id, e.tx::text AS position, e.kind, e.product,"
                        + " array_to_string(e.parties, ','), e.at, e.data::text FROM platform.market_event e"
                        + " WHERE (e.tx, e.id) < (CAST(? AS text)::xid8, ?) AND e.tx < pg_snapshot_xmin(pg_current_snapshot())"
                        + " ORDER BY e.tx DESC, e.id DESC LIMIT ?")
                .setParameter(1, Long.toUnsignedString(tx)).setParameter(2, id).setParameter(3, limit).getResultList();
        return rows.stream().map(MarketEventRepository::row).toList();
    }

    private static Row row(Object[] r) {
        return new Row(((Number) r[0]).longValue(), Long.parseLong((String) r[1]), (String) r[2],
                (String) r[3], List.of(((String) r[4]).split(",")), time(r[5]), (String) r[6]);
    }

    /** A PostgreSQL array literal; shop ids and SKUs are quoted, so commas or braces in them are safe. */
    private static String array(Collection<String> values) {
        return values.stream().map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }
}
