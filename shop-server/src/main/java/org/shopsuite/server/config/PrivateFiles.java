package org.shopsuite.server.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The data folder holds password hashes and customers' data: on POSIX systems it and its folders
 * are {@code 0700} and every file in them {@code 0600}, whatever the umask the server was started
 * with (issue 14, defect 10). Files are created with those permissions and set to them again
 * afterwards, since the umask can only take bits away and SQLite and logback create files of their
 * own. Elsewhere (Windows) every method does nothing: the per-user app-data folder is private.
 */
public final class PrivateFiles {
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {}

    /**
     * Creates the folder (and missing parents, 0700) if needed, and takes group's and others'
     * permissions away from the folder itself.
     */
    public static void folder(Path dir) throws IOException {
        if (POSIX && !Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
            } catch (FileAlreadyExistsException e) {
                // made by someone else in between: restricted below
            }
        } else {
            Files.createDirectories(dir);
        }
        restrict(dir);
    }

    /** Creates an empty 0600 file unless it exists. */
    public static void createFile(Path file) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.createFile(file, attributes());
        } catch (FileAlreadyExistsException e) {
            // made by someone else in between
        }
        restrict(file);
    }

    /** The attributes to create a file with: 0600 on POSIX systems, none elsewhere. */
    public static FileAttribute<?>[] attributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /**
     * Takes every permission of group and others away from a file or folder (a 0644 file becomes
     * 0600, a 0755 folder 0700; the owner's own bits are kept, so it never grants anything);
     * returns whether it changed anything. Symbolic links are left alone.
     */
    public static boolean restrict(Path path) throws IOException {
        if (!POSIX || !Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
            return false;
        }
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> owner = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission p : now) {
            if (OWNER.contains(p)) {
                owner.add(p);
            }
        }
        if (owner.equals(now)) {
            return false;
        }
        Files.setPosixFilePermissions(path, owner);
        return true;
    }

    /** {@link #restrict} without the exception, for files that may vanish meanwhile (rotation). */
    public static boolean restrictQuietly(Path path) {
        try {
            return restrict(path);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Tightens a data folder made by an older version, or by hand: the folder, the server's files
     * in it ({@code shop.db} and its {@code -wal}, {@code -shm} and safety copies, {@code
     * shop.lock}, {@code shop-server.properties}, {@code initial-admin-password}) and the folders
     * {@code backups/} and {@code logs/} with everything in them. Other files are left alone: the
     * folder may be one a person chose. Returns what it changed.
     */
    public static List<Path> tighten(Path dataDir) throws IOException {
        List<Path> changed = new ArrayList<>();
        if (!POSIX || !Files.isDirectory(dataDir)) {
            return changed;
        }
        if (restrict(dataDir)) {
            changed.add(dataDir);
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dataDir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                if (name.equals("backups") || name.equals("logs")) {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        if (restrict(p)) {
                            changed.add(p);
                        }
                        try (DirectoryStream<Path> inner = Files.newDirectoryStream(p)) {
                            for (Path f : inner) {
                                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && restrictQuietly(f)) {
                                    changed.add(f);
                                }
                            }
                        }
                    }
                } else if ((name.startsWith("shop") || name.equals("initial-admin-password"))
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && restrictQuietly(p)) {
                    changed.add(p);
                }
            }
        }
        return changed;
    }
}
