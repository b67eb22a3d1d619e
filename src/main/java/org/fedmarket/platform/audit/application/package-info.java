/**
 * {@link org.fedmarket.platform.audit.application.Audited} marks a use case whose every successful call is recorded;
 * the interceptor records it inside the use case's transaction.
 */
package org.fedmarket.platform.audit.application;
