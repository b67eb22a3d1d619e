/**
 * The signing key entity and its life: current, in its grace period, retired.
 */
package org.fedmarket.platform.keys.domain;
