package org.fedmarket.archfixture.platform.account.persistence;

/** Clean: a platform feature's persistence. */
public class Accounts {
}
