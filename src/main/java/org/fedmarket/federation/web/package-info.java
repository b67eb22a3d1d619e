/**
 * Backing beans of the federation admin pages.
 */
package org.fedmarket.federation.web;
