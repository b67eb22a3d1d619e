/** The storefront's use cases: following the sources into the search copy, searching, pricing for the customer. */
package org.fedmarket.storefront.application;
