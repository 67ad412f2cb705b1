package org.hausdesk.platform.control;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as {@code TIMESTAMP WITH TIME ZONE} in UTC. Both drivers bind
 * {@link OffsetDateTime} natively, so no time zone of the server or the JVM ever shifts a value.
 */
@Converter(autoApply = true)
public class UtcTimestamp implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
