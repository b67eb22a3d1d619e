package org.fedmarket.storefront.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.storefront.domain.Offer;
import org.fedmarket.storefront.domain.Words;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The storefront's copy of what it sells, with the words it knows and how far it has followed its sources. Plain
 * SQL: upserts in batches and a text-search index that JPA does not express. Runs in the caller's transaction.
 */
@ApplicationScoped
public class OfferRepository {

    static final String COLUMNS = "o.product_id, o.seller, o.own, o.seller_name, o.name, o.description, o.image_url,"
            + " o.price_amount, o.price_currency, o.price_usd, o.availability, o.promoted, o.listed_at";

    static final int SIMILAR_CANDIDATES = 200;

    @Inject
    StorefrontDatabase db;

    /** Stores the offers; a row that is as it was is not written. Returns how many rows changed. */
    public int upsert(Collection<Offer> offers) {
        String sql = """
                INSERT INTO storefront.offer AS o (product_id, seller, own, seller_name, name, description, image_url,
                    price_amount, price_currency, price_usd, availability, promoted, listed_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                ON CONFLICT (product_id) DO UPDATE SET seller = excluded.seller, own = excluded.own,
                    seller_name = excluded.seller_name, name = excluded.name, description = excluded.description,
                    image_url = excluded.image_url, price_amount = excluded.price_amount,
                    price_currency = excluded.price_currency, price_usd = excluded.price_usd,
                    availability = excluded.availability, promoted = excluded.promoted, updated_at = now()
                WHERE (o.seller, o.own, o.seller_name, o.name, o.description, o.image_url, o.price_amount,
                       o.price_currency, o.price_usd, o.availability, o.promoted)
                    IS DISTINCT FROM (excluded.seller, excluded.own, excluded.seller_name, excluded.name,
                       excluded.description, excluded.image_url, excluded.price_amount, excluded.price_currency,
                       excluded.price_usd, excluded.availability, excluded.promoted)""";
        return db.run(c -> {
            int changed = 0;
            try (PreparedStatement st = c.prepareStatement(sql)) {
                int pending = 0;
                for (Offer o : offers) {
                    st.setString(1, o.productId());
                    st.setString(2, o.seller());
                    st.setBoolean(3, o.own());
                    st.setString(4, o.sellerName());
                    st.setString(5, o.name());
                    st.setString(6, o.description());
                    st.setString(7, o.imageUrl());
                    st.setBigDecimal(8, o.price());
                    st.setString(9, o.currency());
                    st.setBigDecimal(10, o.priceUsd());
                    st.setString(11, o.availability());
                    st.setBoolean(12, o.promoted());
                    st.setObject(13, o.listedAt());
                    st.addBatch();
                    if (++pending == 500) {
                        changed += sum(st.executeBatch());
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    changed += sum(st.executeBatch());
                }
            }
            return changed;
        });
    }

    /** Removes the offers with these ids. */
    public int remove(Collection<String> productIds) {
        return db.run(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM storefront.offer WHERE product_id = ANY (?)")) {
                st.setArray(1, c.createArrayOf("varchar", productIds.toArray()));
                return st.executeUpdate();
            }
        });
    }

    /** Removes the seller's offers other than {@code keep}. */
    public int removeOfSellerExcept(String seller, Set<String> keep) {
        return db.run(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "DELETE FROM storefront.offer WHERE seller = ? AND NOT (product_id = ANY (?))")) {
                st.setString(1, seller);
                st.setArray(2, c.createArrayOf("varchar", keep.toArray()));
                return st.executeUpdate();
            }
        });
    }

    /** Removes the partners' offers of every seller but these (and the shop's own). */
    public int removePartnersExcept(Set<String> partners) {
        return db.run(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "DELETE FROM storefront.offer WHERE NOT own AND NOT (seller = ANY (?))")) {
                st.setArray(1, c.createArrayOf("varchar", partners.toArray()));
                return st.executeUpdate();
            }
        });
    }

    /** The sellers that have offers here now, the shop's own included. */
    public Set<String> partnerSellers() {
        return db.run(c -> {
            Set<String> sellers = new java.util.HashSet<>();
            try (PreparedStatement st = c.prepareStatement("SELECT DISTINCT seller FROM storefront.offer WHERE NOT own");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sellers.add(rs.getString(1));
                }
            }
            return sellers;
        });
    }

    /** Per seller: its name and how many offers, by availability. */
    public List<Object[]> countsBySeller() {
        return db.run(c -> {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT seller, max(seller_name), bool_or(own), count(*),"
                    + " count(*) FILTER (WHERE availability = 'out-of-stock'), max(updated_at)"
                    + " FROM storefront.offer GROUP BY seller ORDER BY bool_or(own) DESC, seller");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[]{rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4), rs.getLong(5),
                            rs.getObject(6, java.time.OffsetDateTime.class)});
                }
            }
            return rows;
        });
    }

    /** The offers with these ids that the storefront sells; ids it does not sell are missing from the answer. */
    public java.util.Map<String, Offer> offers(Collection<String> productIds) {
        return db.run(c -> {
            java.util.Map<String, Offer> found = new java.util.HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM storefront.offer o WHERE o.product_id = ANY (?)")) {
                st.setArray(1, c.createArrayOf("varchar", productIds.toArray()));
                offers(st).forEach(o -> found.put(o.productId(), o));
            }
            return found;
        });
    }

    public Optional<Offer> offer(String productId) {
        return db.run(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM storefront.offer o WHERE o.product_id = ?")) {
                st.setString(1, productId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(offer(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Offers the shop may feature: its own and promoted partners' products that can be bought, newest first. */
    public List<Offer> featured(int limit) {
        return db.run(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM storefront.offer o"
                    + " WHERE (o.own OR o.promoted) AND o.availability <> 'out-of-stock'"
                    + " ORDER BY o.listed_at DESC, o.product_id LIMIT ?")) {
                st.setInt(1, limit);
                return offers(st);
            }
        });
    }

    /**
     * Other offers that share words with {@code tsQuery} (words joined by |), the most similar first among the first
     * {@link #SIMILAR_CANDIDATES} found: ranking every offer that shares a common word ("socks") would cost a product
     * page as much as a search.
     */
    public List<Offer> similar(String productId, String tsQuery, int limit) {
        return db.run(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM (SELECT * FROM storefront.offer o,"
                    + " to_tsquery('english', ?) q WHERE o.document @@ q AND o.product_id <> ? LIMIT " + SIMILAR_CANDIDATES
                    + ") o ORDER BY ts_rank_cd(o.document, o.q) DESC, o.product_id LIMIT ?")) {
                st.setString(1, tsQuery);
                st.setString(2, productId);
                st.setInt(3, limit);
                return offers(st);
            }
        });
    }

    /** Adds words to the vocabulary that corrects misspellings. */
    public void addTerms(Collection<String> words) {
        if (words.isEmpty()) {
            return;
        }
        db.run(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO storefront.term (word, letters)"
                    + " SELECT * FROM unnest(?::varchar[], ?::varchar[]) ON CONFLICT DO NOTHING")) {
                st.setArray(1, c.createArrayOf("varchar", words.toArray()));
                st.setArray(2, c.createArrayOf("varchar", words.stream().map(Words::letters).toArray()));
                return st.executeUpdate();
            }
        });
    }

    /** Which of these words the vocabulary has. */
    public Set<String> knownTerms(Collection<String> words) {
        return db.run(c -> {
            Set<String> known = new java.util.HashSet<>();
            try (PreparedStatement st = c.prepareStatement("SELECT word FROM storefront.term WHERE word = ANY (?)")) {
                st.setArray(1, c.createArrayOf("varchar", words.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        known.add(rs.getString(1));
                    }
                }
            }
            return known;
        });
    }

    /** The known words most like {@code word}: those with its letters, then the nearest by trigrams, nearest first. */
    public List<String> nearestTerms(String word, int limit) {
        return db.run(c -> {
            List<String> near = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("(SELECT word FROM storefront.term WHERE letters = ? LIMIT ?)"
                    + " UNION ALL (SELECT word FROM storefront.term ORDER BY word <-> ? LIMIT ?)")) {
                st.setString(1, Words.letters(word));
                st.setInt(2, limit);
                st.setString(3, word);
                st.setInt(4, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        near.add(rs.getString(1));
                    }
                }
            }
            return near;
        });
    }

    public OptionalLong sourceRevision(String source) {
        return db.run(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT revision FROM storefront.source WHERE name = ?")) {
                st.setString(1, source);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    public void sourceRevision(String source, long revision) {
        db.run(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO storefront.source (name, revision) VALUES (?, ?)"
                    + " ON CONFLICT (name) DO UPDATE SET revision = excluded.revision")) {
                st.setString(1, source);
                st.setLong(2, revision);
                return st.executeUpdate();
            }
        });
    }

    static List<Offer> offers(PreparedStatement st) throws SQLException {
        List<Offer> offers = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                offers.add(offer(rs));
            }
        }
        return offers;
    }

    static Offer offer(ResultSet rs) throws SQLException {
        return new Offer(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getString(9).strip(),
                rs.getBigDecimal(10), rs.getString(11), rs.getBoolean(12),
                rs.getObject(13, java.time.OffsetDateTime.class));
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int n : counts) {
            total += Math.max(n, 0);
        }
        return total;
    }
}
