/** The event feed as partners call it, usable as a REST client. */
package org.fedmarket.platform.market.api;
