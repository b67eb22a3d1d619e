/** Offers, sales and events of the market event log, as records. */
package org.fedmarket.platform.market.domain;
