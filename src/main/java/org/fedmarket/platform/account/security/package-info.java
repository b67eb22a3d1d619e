/**
 * Jakarta Security glue: the authentication mechanism and the identity store backed by administrator accounts.
 */
package org.fedmarket.platform.account.security;
