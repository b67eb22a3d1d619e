/**
 * The market event log: market situations (every offer of a product after one changed) and sales,
 * append-only in PostgreSQL and read as a cursor-paginated feed by the shop and by partners holding
 * share-data. Modules contribute their offers through {@link org.fedmarket.platform.market.application.OfferSource}.
 */
package org.fedmarket.platform.market;
