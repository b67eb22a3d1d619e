/**
 * The federation module: a shop's side of membership and partnerships. May use the platform, hub.api and inventory.api; reaches the Hub over HTTP even in the same process.
 */
package org.fedmarket.federation;
