/** The storefront's JSON resources under /api/storefront. */
package org.fedmarket.storefront.rest;
