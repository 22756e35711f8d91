package org.shopsuite.server.db.document;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Documents handed to customers, kept as first rendered (per language). */
public interface DocumentDao {
    @SqlQuery("SELECT content FROM documents WHERE kind = :kind AND ref_id = :refId AND language = :language")
    Optional<byte[]> find(String kind, long refId, String language);

    @SqlUpdate("INSERT INTO documents (kind, ref_id, language, content, created_at) VALUES (:kind, :refId,"
            + " :language, :content, :now)")
    void insert(String kind, long refId, String language, byte[] content, Instant now);
}
