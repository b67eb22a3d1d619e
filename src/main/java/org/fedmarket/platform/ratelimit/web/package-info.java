/**
 * The rate limits as the admin home page lists them.
 */
package org.fedmarket.platform.ratelimit.web;
