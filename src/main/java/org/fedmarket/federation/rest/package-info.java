/**
 * The federation module's REST resources.
 */
package org.fedmarket.federation.rest;
