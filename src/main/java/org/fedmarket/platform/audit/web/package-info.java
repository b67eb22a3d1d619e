/**
 * Backing bean of the audit log admin page.
 */
package org.fedmarket.platform.audit.web;
