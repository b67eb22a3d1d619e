/**
 * Sale webhooks: URLs an operator registers to receive this shop's sale and order-status events,
 * signed with the node's key and delivered through the outbox; receivers that keep failing are paused.
 */
package org.fedmarket.platform.webhook;
