package org.shopsuite.server.db;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.RowMapperFactory;
import org.jdbi.v3.core.statement.StatementContext;
import org.shopsuite.model.IsoTime;

/**
 * Maps rows to the DAOs' row records, column {@code snake_case} to component {@code camelCase}
 * (as Jdbi's constructor mapper does), but works out which column feeds which component once per
 * record and column list instead of once per query: on the hot read paths that matching was a
 * sixth of the server's time per request. Statuses come back as their enums, times as
 * {@link Instant} and days as {@link LocalDate} (stored as ISO text, see {@link TextArguments}).
 */
final class RecordRows implements RowMapperFactory {
    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    @Override
    public Optional<RowMapper<?>> build(Type type, ConfigRegistry config) {
        Class<?> raw = GenericTypes.getErasedType(type);
        if (!raw.isRecord() || !raw.getName().startsWith(RecordRows.class.getPackageName() + ".")) {
            return Optional.empty();
        }
        return Optional.of(shapes.computeIfAbsent(raw, Shape::new));
    }

    /** A record type: its components and, per column list seen, where each component's column is. */
    private static final class Shape implements RowMapper<Object> {
        private final Class<?> type;
        private final Class<?>[] types;
        private final String[] keys;
        private final Constructor<?> constructor;
        private final Map<String, Bound> byColumns = new ConcurrentHashMap<>();

        Shape(Class<?> type) {
            this.type = type;
            RecordComponent[] components = type.getRecordComponents();
            types = new Class<?>[components.length];
            keys = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                keys[i] = key(components[i].getName());
            }
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }

        @Override
        public Object map(ResultSet rs, StatementContext ctx) throws SQLException {
            return specialize(rs, ctx).map(rs, ctx);
        }

        @Override
        public RowMapper<Object> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            StringBuilder signature = new StringBuilder();
            for (int c = 1; c <= n; c++) {
                signature.append(meta.getColumnLabel(c)).append(',');
            }
            return byColumns.computeIfAbsent(signature.toString(), s -> bind(s.split(",")));
        }

        private Bound bind(String[] columns) {
            int[] at = new int[keys.length];
            for (int i = 0; i < keys.length; i++) {
                at[i] = -1;
                for (int c = 0; c < columns.length; c++) {
                    if (key(columns[c]).equals(keys[i])) {
                        at[i] = c + 1;
                        break;
                    }
                }
                if (at[i] < 0) {
                    throw new IllegalStateException("no column for " + type.getSimpleName() + "." + keys[i] + " among "
                            + String.join(", ", columns));
                }
            }
            return new Bound(at);
        }

        private static String key(String name) {
            return name.replace("_", "").toLowerCase(Locale.ROOT);
        }

        /** The mapper for one column list. */
        private final class Bound implements RowMapper<Object> {
            private final int[] at;

            Bound(int[] at) {
                this.at = at;
            }

            @Override
            public Object map(ResultSet rs, StatementContext ctx) throws SQLException {
                Object[] args = new Object[at.length];
                for (int i = 0; i < at.length; i++) {
                    args[i] = value(rs, at[i], types[i]);
                }
                try {
                    return constructor.newInstance(args);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
                }
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"}) // an enum type known only at run time
        private static Object enumConstant(Class<?> type, String name) {
            return Enum.valueOf((Class) type, name);
        }

        private static Object value(ResultSet rs, int column, Class<?> type) throws SQLException {
            if (type == String.class) {
                return rs.getString(column);
            }
            if (type == long.class) {
                return rs.getLong(column);
            }
            if (type == int.class) {
                return rs.getInt(column);
            }
            if (type == boolean.class) {
                return rs.getBoolean(column);
            }
            if (type == Long.class) {
                long v = rs.getLong(column);
                return rs.wasNull() ? null : v;
            }
            if (type == Integer.class) {
                int v = rs.getInt(column);
                return rs.wasNull() ? null : v;
            }
            if (type == Boolean.class) {
                boolean v = rs.getBoolean(column);
                return rs.wasNull() ? null : v;
            }
            if (type == Instant.class) {
                String v = rs.getString(column);
                return v == null ? null : IsoTime.parse(v);
            }
            if (type == LocalDate.class) {
                String v = rs.getString(column);
                return v == null ? null : IsoTime.parseDate(v);
            }
            if (type.isEnum()) {
                String v = rs.getString(column);
                return v == null ? null : enumConstant(type, v);
            }
            throw new IllegalStateException("no mapping for a record component of type " + type);
        }
    }
}
