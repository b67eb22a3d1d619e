/**
 * The Hub's REST resources, thin adapters over the application layer.
 */
package org.fedmarket.hub.rest;
