package org.fedmarket.platform.account.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.platform.account.domain.AdminAccount;

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

    public long count() {
        return em.createQuery("SELECT count(a) FROM AdminAccount a", Long.class).getSingleResult();
    }

    /** Serialises "is this the first account?" decisions between concurrent requests and nodes. */
    public void lockForFirstAccount() {
        em.createNativeQuery("LOCK TABLE platform.admin_account IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
    }

    public AdminAccount add(AdminAccount account) {
        em.persist(account);
        em.flush();
        return account;
    }
}
