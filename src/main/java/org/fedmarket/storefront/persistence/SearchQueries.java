package org.fedmarket.storefront.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.storefront.domain.Cursor;
import org.fedmarket.storefront.domain.FacetCount;
import org.fedmarket.storefront.domain.Hit;
import org.fedmarket.storefront.domain.SearchPlan;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A search in SQL: the words through the full-text index (ranked, names before descriptions), the facet filters, the
 * order with the product id as tie-breaker, and the page by key after the cursor. Facet counts come from one grouped
 * query over the offers matching the words.
 */
@ApplicationScoped
public class SearchQueries {

    /** The relevance of an offer to the words: cover density, names weighted over descriptions. */
    private static final String RANK = "ts_rank_cd(o.document, q.query)";
    private static final String NEWEST_KEY = "(extract(epoch FROM o.listed_at) * 1000000)::bigint";

    @Inject
    OfferRepository offers;
    @Inject
    StorefrontDatabase db;

    public List<Hit> hits(SearchPlan plan) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(OfferRepository.COLUMNS).append(", ").append(key(plan))
                .append(" FROM storefront.offer o");
        text(plan, sql, params);
        facets(plan, sql, params);
        plan.cursor().ifPresent(c -> after(c, sql, params));
        sql.append(" ORDER BY ").append(switch (plan.sort()) {
            case RELEVANCE -> RANK + " DESC";
            case PRICE_ASC -> "o.price_usd ASC";
            case PRICE_DESC -> "o.price_usd DESC";
            case NEWEST -> "o.listed_at DESC";
        }).append(", o.product_id ASC LIMIT ?");
        params.add(plan.limit());
        return db.run(c -> {
            List<Hit> hits = new ArrayList<>();
            try (PreparedStatement st = prepare(c, sql.toString(), params); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    hits.add(new Hit(OfferRepository.offer(rs), rs.getString(14)));
                }
            }
            return hits;
        });
    }

    public List<FacetCount> facets(SearchPlan plan) {
        List<Object> params = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        List<Object> keptParams = new ArrayList<>();
        facets(plan, kept, keptParams);
        StringBuilder sql = new StringBuilder("SELECT o.seller, max(o.seller_name), o.availability,"
                + " width_bucket(o.price_usd, ?::numeric[]) AS bucket, count(*), count(*) FILTER (WHERE true")
                .append(kept).append(") FROM storefront.offer o");
        params.add(plan.bucketBoundsUsd());
        params.addAll(keptParams);
        text(plan, sql, params);
        sql.append(" GROUP BY o.seller, o.availability, bucket");
        return db.run(c -> {
            List<FacetCount> counts = new ArrayList<>();
            try (PreparedStatement st = prepare(c, sql.toString(), params); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.add(new FacetCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getLong(5), rs.getLong(6)));
                }
            }
            return counts;
        });
    }

    private static String key(SearchPlan plan) {
        return switch (plan.sort()) {
            case RELEVANCE -> RANK + "::text";
            case PRICE_ASC, PRICE_DESC -> "o.price_usd::text";
            case NEWEST -> NEWEST_KEY + "::text";
        };
    }

    private static void text(SearchPlan plan, StringBuilder sql, List<Object> params) {
        if (plan.tsQuery() == null) {
            sql.append(" WHERE true");
        } else {
            sql.append(", to_tsquery('english', ?) AS q(query) WHERE o.document @@ q.query");
            params.add(plan.tsQuery());
        }
    }

    /** The facet filters, as {@code AND ...} conditions. */
    private static void facets(SearchPlan plan, StringBuilder sql, List<Object> params) {
        if (!plan.sellers().isEmpty()) {
            sql.append(" AND o.seller = ANY (?::varchar[])");
            params.add(List.copyOf(plan.sellers()));
        }
        if (!plan.availability().isEmpty()) {
            sql.append(" AND o.availability = ANY (?::varchar[])");
            params.add(List.copyOf(plan.availability()));
        }
        if (plan.minUsd() != null) {
            sql.append(" AND o.price_usd >= ?");
            params.add(plan.minUsd());
        }
        if (plan.maxUsd() != null) {
            sql.append(" AND o.price_usd <= ?");
            params.add(plan.maxUsd());
        }
    }

    private static void after(Cursor cursor, StringBuilder sql, List<Object> params) {
        switch (cursor.sort()) {
            case RELEVANCE -> {
                sql.append(" AND (" + RANK + " < ?::real OR (" + RANK + " = ?::real AND o.product_id > ?))");
                params.add(cursor.key());
                params.add(cursor.key());
            }
            case PRICE_ASC -> {
                sql.append(" AND (o.price_usd > ?::numeric OR (o.price_usd = ?::numeric AND o.product_id > ?))");
                params.add(cursor.key());
                params.add(cursor.key());
            }
            case PRICE_DESC -> {
                sql.append(" AND (o.price_usd < ?::numeric OR (o.price_usd = ?::numeric AND o.product_id > ?))");
                params.add(cursor.key());
                params.add(cursor.key());
            }
            case NEWEST -> {
                String at = "timestamptz 'epoch' + ?::bigint * interval '1 microsecond'";
                sql.append(" AND (o.listed_at < " + at + " OR (o.listed_at = " + at + " AND o.product_id > ?))");
                params.add(cursor.key());
                params.add(cursor.key());
            }
        }
        params.add(cursor.productId());
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof List<?> list) {
                boolean numbers = !list.isEmpty() && list.get(0) instanceof BigDecimal;
                st.setArray(i + 1, c.createArrayOf(numbers ? "numeric" : "varchar", list.toArray()));
            } else if (p instanceof Integer n) {
                st.setInt(i + 1, n);
            } else if (p instanceof BigDecimal d) {
                st.setBigDecimal(i + 1, d);
            } else {
                st.setString(i + 1, (String) p);
            }
        }
        return st;
    }
}
