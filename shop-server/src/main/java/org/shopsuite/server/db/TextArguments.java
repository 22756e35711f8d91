package org.shopsuite.server.db;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.shopsuite.model.IsoTime;

/**
 * Times and days are stored as ISO-8601 text (sortable, readable in any SQL tool, the same on
 * PostgreSQL): an {@link Instant} as {@code 2026-11-27T01:02:03.456Z}, a {@link LocalDate} as
 * {@code 2026-11-27}. Jdbi's own default would bind them as SQL timestamps.
 */
final class TextArguments {
    private TextArguments() {}

    static final class Instants extends AbstractArgumentFactory<Instant> {
        Instants() {
            super(Types.VARCHAR);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            String text = IsoTime.format(value);
            return (position, statement, ctx) -> statement.setString(position, text);
        }
    }

    /**
     * Booleans as the integers 0 and 1, as the schema keeps them on both databases (SQLite has no
     * boolean type; PostgreSQL would refuse a boolean for an integer column).
     */
    static final class Booleans implements org.jdbi.v3.core.argument.ArgumentFactory.Preparable {
        @Override
        public java.util.Optional<java.util.function.Function<Object, Argument>> prepare(
                java.lang.reflect.Type type, ConfigRegistry config) {
            if (type != Boolean.class && type != boolean.class) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(value -> value == null
                    ? (position, statement, ctx) -> statement.setNull(position, Types.INTEGER)
                    : bit((Boolean) value ? 1 : 0));
        }

        private static Argument bit(int bit) {
            return (position, statement, ctx) -> statement.setInt(position, bit);
        }
    }

    static final class Days extends AbstractArgumentFactory<LocalDate> {
        Days() {
            super(Types.VARCHAR);
        }

        @Override
        protected Argument build(LocalDate value, ConfigRegistry config) {
            String text = value.toString();
            return (position, statement, ctx) -> statement.setString(position, text);
        }
    }
}
