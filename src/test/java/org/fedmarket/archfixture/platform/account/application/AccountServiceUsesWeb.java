package org.fedmarket.archfixture.platform.account.application;

import org.fedmarket.archfixture.platform.account.web.AccountsBacking;

/** Planted: inside a platform feature, the application uses web. */
public class AccountServiceUsesWeb {
    AccountsBacking backing;
}
