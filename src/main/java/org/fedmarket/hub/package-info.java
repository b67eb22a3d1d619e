/**
 * The Hub module: lets shops join and leave the federation and helps them find each other, and nothing more. Uses only the platform.
 */
package org.fedmarket.hub;
