/** The storefront's tables: offers, search terms, how far each source has been followed. */
package org.fedmarket.storefront.persistence;
