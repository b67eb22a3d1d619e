/** The storefront's pages and the routes (/, /search, /products/...) that lead to them. */
package org.fedmarket.storefront.web;
