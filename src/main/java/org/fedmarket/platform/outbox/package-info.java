/**
 * Messages to other nodes, stored in the transaction that caused them and delivered afterwards with
 * retries and exponential backoff.
 */
package org.fedmarket.platform.outbox;
