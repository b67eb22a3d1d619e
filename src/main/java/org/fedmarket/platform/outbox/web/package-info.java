/**
 * Backing bean of the outbox admin page.
 */
package org.fedmarket.platform.outbox.web;
