/**
 * The webhooks table.
 */
package org.fedmarket.platform.webhook.persistence;
