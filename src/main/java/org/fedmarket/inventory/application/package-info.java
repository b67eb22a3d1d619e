/**
 * Catalogue use cases and the sample catalogue of development nodes.
 */
package org.fedmarket.inventory.application;
