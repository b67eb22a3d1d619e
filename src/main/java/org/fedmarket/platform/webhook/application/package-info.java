/**
 * Registering webhooks, publishing events to them, and following their deliveries.
 */
package org.fedmarket.platform.webhook.application;
