package org.fedmarket.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Instants as pages show them: readable to the minute in UTC, and the exact instant for the {@code datetime}
 * and the hover text; the page's script turns the readable form into the reader's own time zone.
 */
@Named("times")
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** "7 Dec 2026, 14:51 UTC". */
    public String readable(Object time) {
        Instant instant = instant(time);
        return instant == null ? "" : READABLE.format(instant);
    }

    /** The exact instant, ISO-8601 in UTC, to the microsecond the database keeps. */
    public String exact(Object time) {
        Instant instant = instant(time);
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.MICROS).toString();
    }

    static Instant instant(Object time) {
        if (time == null || time instanceof Instant) {
            return (Instant) time;
        }
        if (time instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (time instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalArgumentException("not a point in time: " + time.getClass().getName());
    }
}
