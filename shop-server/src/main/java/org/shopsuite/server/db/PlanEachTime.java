package org.shopsuite.server.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizer;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizerFactory;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizingAnnotation;
import org.postgresql.PGStatement;

/**
 * A query that PostgreSQL plans for its own values on every run: a search whose best plan depends
 * on how common its words are ({@code '%Sonata%'} is rare and found through the trigram index;
 * {@code '%010-12%'} is in every other phone and found faster by walking the newest receipts). A
 * prepared statement's generic plan, which PostgreSQL moves to after five runs, cannot tell them
 * apart; the other reads keep their generic plans and skip the planning (about a millisecond for
 * a receipt's read with its joins). The statement is sent unnamed ({@code prepareThreshold} 0),
 * which PostgreSQL plans when its values are bound. Nothing on SQLite.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@SqlStatementCustomizingAnnotation(PlanEachTime.Factory.class)
public @interface PlanEachTime {
    /** Sets the threshold on the statement before each run (a cached statement keeps it). */
    final class Factory implements SqlStatementCustomizerFactory {
        private static final StatementCustomizer UNNAMED = new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement stmt, StatementContext ctx) throws SQLException {
                if (stmt.isWrapperFor(PGStatement.class)) {
                    stmt.unwrap(PGStatement.class).setPrepareThreshold(0);
                }
            }
        };

        @Override
        public SqlStatementCustomizer createForMethod(
                java.lang.annotation.Annotation annotation, Class<?> sqlObjectType, Method method) {
            return statement -> statement.addCustomizer(UNNAMED);
        }
    }
}
