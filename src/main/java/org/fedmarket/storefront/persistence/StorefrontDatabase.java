package org.fedmarket.storefront.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL on the node's data source, in the caller's transaction: the storefront's tables are read and written by
 * statement, not through entities (batched upserts and a text-search index that JPA does not express).
 */
@ApplicationScoped
class StorefrontDatabase {

    /** One row of a result, as a value. */
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Work on a connection of the caller's transaction: batches, several statements, streaming results. */
    interface Sql<T> {
        T run(Connection c) throws SQLException;
    }

    @Resource(lookup = "jdbc/fedmarket")
    DataSource dataSource;

    <T> T run(Sql<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = prepare(c, sql, parameters)) {
            return st.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = prepare(c, sql, parameters);
             ResultSet rs = st.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (rs.next()) {
                values.add(row.read(rs));
            }
            return values;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    <T> Optional<T> first(String sql, Row<T> row, Object... parameters) {
        return list(sql, row, parameters).stream().findFirst();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            st.setObject(i + 1, parameters[i]);
        }
        return st;
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("storefront statement failed: " + e.getMessage(), e);
    }
}
