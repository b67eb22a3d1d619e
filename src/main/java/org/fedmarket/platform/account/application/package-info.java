/**
 * Use cases on accounts: creating the first administrator, one-time setup, adding administrators.
 */
package org.fedmarket.platform.account.application;
