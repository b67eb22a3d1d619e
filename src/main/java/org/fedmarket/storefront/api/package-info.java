/** What the storefront answers as JSON: search pages and products. */
package org.fedmarket.storefront.api;
