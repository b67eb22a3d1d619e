package org.fedmarket.archfixture.hub.application;

import javax.sql.DataSource;

/** Planted: a DataSource outside persistence. */
public class ApplicationUsesDataSource {
    DataSource dataSource;
}
