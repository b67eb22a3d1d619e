package org.fedmarket.platform.account.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.fedmarket.platform.account.domain.AdminAccount;
import org.fedmarket.platform.problem.ConflictException;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AdminAccountRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    public Optional<AdminAccount> findByUsername(String username) {
        return em.createQuery("SELECT a FROM AdminAccount a WHERE a.username = :u", AdminAccount.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    public List<AdminAccount> findAll() {
        return em.createQuery("SELECT a FROM AdminAccount a ORDER BY a.username", AdminAccount.class).getResultList();
    }

    /** Administrators who can sign in. */
    public long countEnabled() {
        return em.createQuery("SELECT count(a) FROM AdminAccount a WHERE a.disabledAt IS NULL", Long.class).getSingleResult();
    }

    /** The account, locked: the last enabled administrator is never disabled by two requests at once. */
    public Optional<AdminAccount> lockByUsername(String username) {
        return em.createQuery("SELECT a FROM AdminAccount a WHERE a.username = :u", AdminAccount.class)
                .setParameter("u", username).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public long count() {
        return em.createQuery("SELECT count(a) FROM AdminAccount a", Long.class).getSingleResult();
    }

    /** Serialises "is this the first account?" decisions between concurrent requests and nodes. */
    public void lockForFirstAccount() {
        em.createNativeQuery("LOCK TABLE platform.admin_account IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
    }

    /** @throws ConflictException if another request took the username in the meantime */
    public AdminAccount add(AdminAccount account) {
        try {
            em.persist(account);
            em.flush();
            return account;
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new ConflictException("username-taken", "The username '" + account.username() + "' is taken");
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
