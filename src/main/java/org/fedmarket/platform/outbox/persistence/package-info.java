/**
 * The outbox table: enqueueing, claiming due messages, recording delivery outcomes.
 */
package org.fedmarket.platform.outbox.persistence;
