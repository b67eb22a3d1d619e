/**
 * What a request may carry, checked before anything acts on it: strict JSON binding (no coercion, no overflow),
 * the one rule for text (no control characters), limits on bodies and parameters, and the headers every answer
 * carries. Refusals are 4xx problem details naming the field.
 */
package org.fedmarket.platform.input;
