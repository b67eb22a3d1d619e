/**
 * Backing beans of the admin shell shared by every module's pages.
 */
package org.fedmarket.platform.web;
