/**
 * Hub use cases.
 */
package org.fedmarket.hub.application;
