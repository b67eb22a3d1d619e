package org.fedmarket.storefront.application;

/**
 * Whose cart a request works on, by the browser's cookies: a signed-in customer's cart follows the customer (session
 * cookie), anyone else's the browser (cart cookie). Either may be null.
 */
public record Shopper(String cartSecret, String sessionSecret) {
}
