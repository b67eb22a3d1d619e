/**
 * Backing bean of the keys admin page.
 */
package org.fedmarket.platform.keys.web;
