package org.fedmarket.hub.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.hub.domain.RefreshToken;
import org.fedmarket.hub.domain.TokenFamily;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Member sessions (token families), their refresh tokens, and the jti of signed requests already seen. */
@ApplicationScoped
public class SessionRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    /** Written at once: its refresh tokens refer to it, and EclipseLink does not order unrelated inserts. */
    public void add(TokenFamily family) {
        em.persist(family);
        em.flush();
    }

    public void add(RefreshToken token) {
        em.persist(token);
    }

    public Optional<TokenFamily> family(UUID id) {
        return Optional.ofNullable(em.find(TokenFamily.class, id));
    }

    /** The refresh token, locked: two concurrent exchanges of one token are serialised, the second sees it used. */
    public Optional<RefreshToken> lockRefreshToken(String tokenHash) {
        return Optional.ofNullable(em.find(RefreshToken.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<TokenFamily> liveFamiliesOf(String shopId) {
        return em.createQuery("SELECT f FROM TokenFamily f WHERE f.shopId = :id AND f.revokedAt IS NULL", TokenFamily.class)
                .setParameter("id", shopId).getResultList();
    }

    /** Records a signed request's jti; false if it was seen before (a replay). */
    public boolean firstSighting(String jti, OffsetDateTime expiresAt) {
        int inserted = em.createNativeQuery("INSERT INTO hub.seen_request (jti, expires_at) VALUES (?, ?)"
                        + " ON CONFLICT (jti) DO NOTHING")
                .setParameter(1, jti).setParameter(2, expiresAt).executeUpdate();
        return inserted == 1;
    }

    public int forgetExpiredSightings(OffsetDateTime now) {
        return em.createNativeQuery("DELETE FROM hub.seen_request WHERE expires_at < ?").setParameter(1, now).executeUpdate();
    }
}
