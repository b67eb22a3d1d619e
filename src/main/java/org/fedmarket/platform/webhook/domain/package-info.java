/**
 * A registered webhook and its pausing rule.
 */
package org.fedmarket.platform.webhook.domain;
