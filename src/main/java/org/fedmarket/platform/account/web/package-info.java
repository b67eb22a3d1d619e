/**
 * Backing beans of the login, first-time setup and API token pages.
 */
package org.fedmarket.platform.account.web;
