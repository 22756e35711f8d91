package org.shopsuite.server.ops;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.shopsuite.server.config.PrivateFiles;
import org.shopsuite.server.config.ServerConfig;

/** One server (or restore) per data directory at a time: an OS file lock on shop.lock. */
public final class DataDirLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static DataDirLock acquire(Path dataDir) {
        Path file = dataDir.resolve("shop.lock");
        try {
            FileChannel ch = FileChannel.open(
                    file,
                    java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    PrivateFiles.attributes());
            PrivateFiles.restrict(file);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                l = null; // held by this same process
            }
            if (l == null) {
                ch.close();
                throw new ServerConfig.InvalidConfig("another Shop Suite server is using " + dataDir
                        + "; stop it first (or use another --data-dir)");
            }
            return new DataDirLock(ch, l);
        } catch (IOException e) {
            throw new ServerConfig.InvalidConfig("cannot lock " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS releases the lock with the process anyway
        }
    }
}
