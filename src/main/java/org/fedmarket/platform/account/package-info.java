/**
 * Administrator accounts: stored in PostgreSQL with PBKDF2 password hashes, used by form login and HTTP Basic.
 */
package org.fedmarket.platform.account;
