/**
 * The outbox for administrators: what waits, what was given up on, and a retry or abandon of one message.
 */
package org.fedmarket.platform.outbox.rest;
