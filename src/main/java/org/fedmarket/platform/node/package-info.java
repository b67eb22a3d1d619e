/**
 * The node itself: its settings from MicroProfile Config, validated once at start, and its role — which of
 * the modules hub, federation and inventory it runs.
 */
package org.fedmarket.platform.node;
