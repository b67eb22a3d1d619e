package org.fedmarket.platform.ratelimit;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST method whose calls draw from a token bucket per caller; {@link #value()} names the
 * limit ({@code fedmarket.rate-limits.<name>} configures it), e.g. {@code holds}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {

    String value() default "";
}
