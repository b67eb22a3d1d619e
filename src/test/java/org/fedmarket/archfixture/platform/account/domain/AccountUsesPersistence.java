package org.fedmarket.archfixture.platform.account.domain;

import org.fedmarket.archfixture.platform.account.persistence.Accounts;

/** Planted: inside a platform feature, the domain uses persistence. */
public class AccountUsesPersistence {
    Accounts accounts;
}
