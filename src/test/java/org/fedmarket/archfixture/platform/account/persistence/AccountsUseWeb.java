package org.fedmarket.archfixture.platform.account.persistence;

import org.fedmarket.archfixture.platform.account.web.AccountsBacking;

/** Planted: inside a platform feature, persistence uses web. */
public class AccountsUseWeb {
    AccountsBacking backing;
}
