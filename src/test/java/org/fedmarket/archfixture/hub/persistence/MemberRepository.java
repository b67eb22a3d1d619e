package org.fedmarket.archfixture.hub.persistence;

import jakarta.persistence.EntityManager;
import org.fedmarket.archfixture.hub.domain.Member;

import javax.sql.DataSource;
import java.sql.Connection;

/** Clean: persistence uses its domain, the EntityManager and JDBC. */
public class MemberRepository {
    Member member;
    EntityManager entityManager;
    DataSource dataSource;
    Connection connection;
}
