package org.fedmarket.archfixture.platform.database;

import javax.sql.DataSource;

/** Clean: platform.database may use a DataSource. */
public class Migrations {
    DataSource dataSource;
}
