/**
 * Enqueueing messages and the delivery job.
 */
package org.fedmarket.platform.outbox.application;
