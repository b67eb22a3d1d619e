package org.fedmarket.platform.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.platform.account.domain.AdminAccount;
import org.fedmarket.platform.account.domain.PasswordPolicy;
import org.fedmarket.platform.account.domain.Username;
import org.fedmarket.platform.account.persistence.AdminAccountRepository;
import org.fedmarket.platform.audit.application.Audited;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AdminAccountService {

    @Inject
    Clock clock;
    @Inject
    AdminAccountRepository accounts;
    @Inject
    PasswordHashing hashing;

    /**
     * The account whose password matches, or empty; takes as long for an unknown user as for a known one.
     * Deliberately without a transaction: the lookup returns its connection to the pool before the
     * costly hashing starts, so a flood of wrong passwords cannot starve the pool.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<AdminAccount> authenticate(String username, String password) {
        return authenticate(username, password, CheckAdmission.ALWAYS);
    }

    /** As {@link #authenticate(String, String)}, with the password check (if one is needed) subject to {@code admission}. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<AdminAccount> authenticate(String username, String password, CheckAdmission admission) {
        Optional<AdminAccount> account;
        try {
            account = accounts.findByUsername(new Username(username).value());
        } catch (RuntimeException invalidName) {
            account = Optional.empty();
        }
        if (account.isEmpty()) {
            hashing.burnTime(password, admission);
            return Optional.empty();
        }
        boolean matches = hashing.matches(password, account.get().passwordHash(), admission);
        return matches && !account.get().disabled() ? account : Optional.empty();
    }

    /** Whether a session of {@code username} that signed in at {@code since} is still good: enabled, same password. */
    @Transactional
    public boolean sessionValid(String username, java.time.Instant since) {
        return accounts.findByUsername(username).map(a -> a.sessionValid(since)).orElse(false);
    }

    /** Disables another administrator; the last enabled one is never disabled. */
    @Audited("accounts.administrator-disabled")
    @Transactional
    public AdminAccount disable(String username, String by) {
        accounts.lockForFirstAccount(); // one decision at a time about who may still sign in
        AdminAccount account = accounts.lockByUsername(Username.normal(username))
                .orElseThrow(() -> new NoSuchEntityException("Administrator", username));
        account.disable(by, OffsetDateTime.now(clock));
        if (accounts.countEnabled() == 0) {
            throw new ConflictException("last-administrator", "The last administrator who can sign in cannot be disabled");
        }
        return account;
    }

    @Audited("accounts.administrator-enabled")
    @Transactional
    public AdminAccount enable(String username) {
        AdminAccount account = accounts.lockByUsername(Username.normal(username))
                .orElseThrow(() -> new NoSuchEntityException("Administrator", username));
        account.enable();
        return account;
    }

    /** Stores a new password hash (see {@link PasswordChanges}); sessions signed in before now end. */
    @Audited("accounts.password-changed")
    @Transactional
    public void storePassword(String username, String hash) {
        accounts.lockByUsername(username).orElseThrow(() -> new NoSuchEntityException("Administrator", username))
                .changePassword(hash, OffsetDateTime.now(clock));
    }

    @Audited("accounts.administrator-added")
    @Transactional
    public AdminAccount create(String username, String password) {
        Username name = new Username(username);
        PasswordPolicy.check(password);
        if (accounts.findByUsername(name.value()).isPresent()) {
            throw new ConflictException("username-taken", "The username '" + name.value() + "' is taken");
        }
        return accounts.add(new AdminAccount(name, hashing.hash(password)));
    }

    /** Creates the account only if no administrator exists yet; false if one already does. */
    @Transactional
    public boolean createFirst(String username, String password) {
        Username name = new Username(username);
        PasswordPolicy.check(password);
        accounts.lockForFirstAccount();
        if (accounts.count() > 0) {
            return false;
        }
        accounts.add(new AdminAccount(name, hashing.hash(password)));
        return true;
    }

    @Transactional
    public boolean anyExists() {
        return accounts.count() > 0;
    }

    @Transactional
    public List<AdminAccount> list() {
        return accounts.findAll();
    }

    @Transactional
    public AdminAccount get(String username) {
        return accounts.findByUsername(Username.normal(username))
                .orElseThrow(() -> new NoSuchEntityException("Administrator", username));
    }
}
