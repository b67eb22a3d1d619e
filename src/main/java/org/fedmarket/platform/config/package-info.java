/**
 * Node settings read from MicroProfile Config, validated once at start.
 */
package org.fedmarket.platform.config;
