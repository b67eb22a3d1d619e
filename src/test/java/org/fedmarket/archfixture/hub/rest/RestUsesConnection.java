package org.fedmarket.archfixture.hub.rest;

import java.sql.Connection;

/** Planted: a JDBC Connection outside persistence. */
public class RestUsesConnection {
    Connection connection;
}
