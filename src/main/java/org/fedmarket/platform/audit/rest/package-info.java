/**
 * The audit log for administrators, newest first, filtered by actor or action.
 */
package org.fedmarket.platform.audit.rest;
