/** What a shop's federation side receives from other shops: the messages, with their types and paths. */
package org.fedmarket.federation.api;
