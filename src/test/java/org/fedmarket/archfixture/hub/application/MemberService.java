package org.fedmarket.archfixture.hub.application;

import org.fedmarket.archfixture.hub.domain.Member;
import org.fedmarket.archfixture.hub.persistence.MemberRepository;

/** Clean: the application uses its domain and persistence. */
public class MemberService {
    Member member;
    MemberRepository repository;
}
