/**
 * The webhooks admin page.
 */
package org.fedmarket.platform.webhook.web;
