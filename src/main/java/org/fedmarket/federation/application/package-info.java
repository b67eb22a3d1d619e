/**
 * Federation use cases, including the connection to the Hub.
 */
package org.fedmarket.federation.application;
