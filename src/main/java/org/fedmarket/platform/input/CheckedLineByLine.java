package org.fedmarket.platform.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list body whose elements the service checks itself, reporting every wrong element with its position (a catalogue
 * import), instead of Bean Validation stopping at the field level. Its elements keep their declared limits.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface CheckedLineByLine {
}
