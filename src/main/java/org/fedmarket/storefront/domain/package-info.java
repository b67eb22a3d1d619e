/** The storefront's rules: what a search may ask, its cursor, spelling correction. */
package org.fedmarket.storefront.domain;
