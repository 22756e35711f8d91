package org.shopsuite.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database: one writer connection, used by one transaction at a time, and a small pool
 * of reader connections. SQLite allows one writer anyway; serialising writes here makes every
 * read-check-write (capacity, stock, invoice numbers, event seq) exact, and lets events be
 * published after commit in seq order.
 */
public final class Database implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Database.class);

  private final Path file;
  private final HikariDataSource writerSource;
  private final HikariDataSource readerSource;
  private final Jdbi writer;
  private final Jdbi reader;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ThreadLocal<Tx> current = new ThreadLocal<>();

  private Database(Path file, int readers) {
    this.file = file;
    this.writerSource = pool(file, "shop-writer", 1, true);
    this.readerSource = pool(file, "shop-reader", readers, false);
    this.writer = Jdbi.create(writerSource).installPlugin(new SqlObjectPlugin());
    this.reader = Jdbi.create(readerSource).installPlugin(new SqlObjectPlugin());
  }

  /** Opens (creating if needed) the database file and applies pending migrations. */
  public static Database open(Path file, int readers) {
    Database db = new Database(file, readers);
    try {
      db.writer.useHandle(h -> Migrator.migrate(h));
      return db;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  private static HikariDataSource pool(Path file, String name, int size, boolean writer) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // FULL: a commit is on disk before it returns, so a 201 survives power loss.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    // Only another program can hold the file (WAL lets our readers and writer pass each other).
    config.setBusyTimeout(5_000);
    config.setTransactionMode(
        writer ? SQLiteConfig.TransactionMode.IMMEDIATE : SQLiteConfig.TransactionMode.DEFERRED);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    HikariConfig hc = new HikariConfig();
    hc.setDataSource(sqlite);
    hc.setPoolName(name);
    hc.setMaximumPoolSize(size);
    hc.setMinimumIdle(writer ? 1 : Math.min(2, size));
    hc.setConnectionTimeout(30_000);
    hc.setInitializationFailTimeout(1); // a database that cannot be opened fails the start at once
    return new HikariDataSource(hc);
  }

  public Path file() {
    return file;
  }

  /**
   * Runs {@code work} in the single write transaction; joins the caller's transaction when already
   * inside one. After-commit actions run after the commit, still in commit order.
   */
  public <T> T write(HandleCallback<T, RuntimeException> work) {
    Tx tx = current.get();
    if (tx != null) {
      return work.withHandle(tx.handle);
    }
    writeLock.lock();
    try {
      List<Runnable> afterCommit = new ArrayList<>();
      T result =
          writer.inTransaction(
              h -> {
                current.set(new Tx(h, afterCommit));
                try {
                  return work.withHandle(h);
                } finally {
                  current.remove();
                }
              });
      for (Runnable r : afterCommit) {
        try {
          r.run();
        } catch (RuntimeException e) {
          log.error("after-commit action failed", e);
        }
      }
      return result;
    } finally {
      writeLock.unlock();
    }
  }

  /** Registers an action to run once the current write transaction has committed. */
  public void afterCommit(Runnable action) {
    Tx tx = current.get();
    if (tx == null) {
      throw new IllegalStateException("afterCommit outside a write transaction");
    }
    tx.afterCommit.add(action);
  }

  /** Runs {@code work} in a read transaction (a consistent snapshot) on a reader connection. */
  public <T> T read(HandleCallback<T, RuntimeException> work) {
    Tx tx = current.get();
    if (tx != null) {
      return work.withHandle(tx.handle);
    }
    return reader.inTransaction(work);
  }

  /** Runs {@code work} on a reader connection outside a transaction (VACUUM INTO, pragmas). */
  public <T> T unmanaged(HandleCallback<T, RuntimeException> work) {
    return reader.withHandle(work);
  }

  /** Runs {@code work} with the writer lock held, outside any transaction (maintenance). */
  public <T> T exclusive(HandleCallback<T, RuntimeException> work) {
    writeLock.lock();
    try {
      return writer.withHandle(work);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public void close() {
    readerSource.close();
    writerSource.close();
  }

  private record Tx(Handle handle, List<Runnable> afterCommit) {}
}
