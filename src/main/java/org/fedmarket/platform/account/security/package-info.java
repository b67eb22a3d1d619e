/**
 * Jakarta Security glue: the authentication mechanism (administrators' passwords, API tokens, issued bearer tokens).
 */
package org.fedmarket.platform.account.security;
