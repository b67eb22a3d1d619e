package org.fedmarket.platform.database;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Column values as native queries return them, in the types the application uses. */
public final class NativeValues {

    private NativeValues() {
    }

    /** A {@code timestamptz}: the driver gives an OffsetDateTime or a Timestamp; null stays null. */
    public static OffsetDateTime time(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
