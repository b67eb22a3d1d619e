package org.fedmarket.platform.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.fedmarket.platform.database.NativeValues.time;

/** The audit table: rows are only ever added (a trigger refuses updates and deletes). */
@ApplicationScoped
public class AuditRepository {

    /** One entry. */
    public record Entry(long id, OffsetDateTime at, String actor, String action, String detail) {
    }

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    public void add(OffsetDateTime at, String actor, String action, String detail) {
        em.createNativeQuery("INSERT INTO platform.audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)")
                .setParameter(1, at).setParameter(2, actor).setParameter(3, action).setParameter(4, detail).executeUpdate();
    }

    /** Entries older than {@code before} (null: the newest), newest first; actor and action filters match exactly when given. */
    @SuppressWarnings("unchecked")
    public List<Entry> page(Long before, String actor, String action, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, at, actor, action, detail FROM platform.audit_log WHERE true");
        List<Object> values = new ArrayList<>();
        if (before != null) {
            sql.append(" AND id < ?");
            values.add(before);
        }
        if (actor != null) {
            sql.append(" AND actor = ?");
            values.add(actor);
        }
        if (action != null) {
            sql.append(" AND action = ?");
            values.add(action);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        values.add(limit);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Entry(((Number) r[0]).longValue(), time(r[1]), (String) r[2], (String) r[3],
                (String) r[4])).toList();
    }
}
