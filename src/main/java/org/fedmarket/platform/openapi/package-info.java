/**
 * What {@code /openapi} says of each operation beyond what the annotation scanner finds: the modules that are off
 * removed, security schemes and problem answers derived from the methods' annotations, operation ids.
 */
package org.fedmarket.platform.openapi;
