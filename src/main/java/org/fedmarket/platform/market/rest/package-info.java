/** The event feed: for the shop's administrators and API tokens, and for partners holding share-data. */
package org.fedmarket.platform.market.rest;
