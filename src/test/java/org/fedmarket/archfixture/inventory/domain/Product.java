package org.fedmarket.archfixture.inventory.domain;

/** Clean: a domain class, internal to the inventory. */
public class Product {
}
