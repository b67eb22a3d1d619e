/**
 * Background jobs owned by a module: they are scheduled only when their module is on, run one at a
 * time, and count their runs and failures in the metrics.
 */
package org.fedmarket.platform.schedule;
