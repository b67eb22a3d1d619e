package org.fedmarket.archfixture.platform.account.web;

/** Clean: a backing bean in a web package. */
public class AccountsBacking {
}
