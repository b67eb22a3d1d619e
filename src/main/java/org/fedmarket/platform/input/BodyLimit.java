package org.fedmarket.platform.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A JSON body parameter that may be larger than the node's default limit (e.g. a catalogue import). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface BodyLimit {

    /** The largest body accepted, in bytes. */
    int bytes();
}
