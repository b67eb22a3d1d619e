/**
 * The administrator account entity and its rules.
 */
package org.fedmarket.platform.account.domain;
