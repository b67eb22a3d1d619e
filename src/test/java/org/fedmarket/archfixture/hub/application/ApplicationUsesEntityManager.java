package org.fedmarket.archfixture.hub.application;

import jakarta.persistence.EntityManager;

/** Planted: an EntityManager outside persistence. */
public class ApplicationUsesEntityManager {
    EntityManager entityManager;
}
