/**
 * REST resources for administrator accounts.
 */
package org.fedmarket.platform.account.rest;
