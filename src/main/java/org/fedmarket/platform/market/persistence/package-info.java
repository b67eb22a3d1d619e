/** The append-only event table, through native SQL. */
package org.fedmarket.platform.market.persistence;
