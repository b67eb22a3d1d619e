package org.fedmarket.platform.partner;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST method (or class) that only partner shops may call, with a signed call token
 * (FEDERATION.md, "Calls between partners"); {@link #value()} names the right the caller must hold
 * over this shop's products, e.g. {@code share-inventory}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PartnerCall {

    String value() default "";

    /**
     * A boolean configuration key; when it is {@code true}, callers without a token are served too
     * (a token, if sent, is still checked in full).
     */
    String openWhen() default "";

    /**
     * The call changes state although its method is GET (the seed's hold route): its token must be
     * bound to the request and is single-use, as for any other change.
     */
    boolean changes() default false;
}
