/**
 * Calls between partner shops: the one mechanism that authenticates every shop-to-shop call with the
 * caller's registered key and authorises it by the rights the partnership grants, and that signs
 * this shop's own calls to partners.
 */
package org.fedmarket.platform.partner;
