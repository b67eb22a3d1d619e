/** The market events page. */
package org.fedmarket.platform.market.web;
