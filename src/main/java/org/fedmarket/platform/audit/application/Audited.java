package org.fedmarket.platform.audit.application;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every successful call of the method is an entry of the audit log: who called it, {@link #value() the action}, and its
 * arguments by name (a parameter whose name says password, secret or code is left out), in the call's transaction.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** The action, {@code <area>.<what happened>}: {@code inventory.product-changed}, {@code federation.partnership-ended}. */
    @Nonbinding
    String value();
}
