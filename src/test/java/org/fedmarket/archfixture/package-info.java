/**
 * Classes planted for {@link org.fedmarket.PlantedViolationsTest}: the layout of org.fedmarket in miniature, with one
 * class per broken rule, named after what it does wrong. Test code only, so the import of the real code
 * (DO_NOT_INCLUDE_TESTS) never sees them.
 */
package org.fedmarket.archfixture;
