/**
 * The webhooks admin API.
 */
package org.fedmarket.platform.webhook.rest;
