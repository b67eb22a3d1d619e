/**
 * Backing beans of the Hub's admin pages.
 */
package org.fedmarket.hub.web;
