/**
 * Backing beans of the login and first-time setup pages.
 */
package org.fedmarket.platform.account.web;
