package org.shopsuite.server.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Adds the rotated log file in the data directory (daily and at 20 MB, 14 days, 500 MB in all). */
public final class LogFiles {
    private LogFiles() {}

    public static void start(Path dir, String level) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n");
        encoder.start();
        RollingFileAppender<ILoggingEvent> file = new PrivateAppender();
        file.setContext(ctx);
        file.setName("FILE");
        file.setFile(dir.resolve("shop-server.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(file);
        policy.setFileNamePattern(
                dir.resolve("shop-server.%d{yyyy-MM-dd}.%i.log.gz").toString());
        policy.setMaxFileSize(FileSize.valueOf("20MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("500MB"));
        policy.start();
        file.setRollingPolicy(policy);
        file.setEncoder(encoder);
        file.start();
        ch.qos.logback.classic.Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(file);
        root.setLevel(Level.toLevel(level, Level.INFO));
    }

    /**
     * Log files are 0600 whatever the umask (issue 14, defect 10): the file is made before logback
     * opens it; after a rotation the folder's files are restricted again (a compressed archive that
     * is still being written then is restricted by the hourly housekeeping; the folder is 0700).
     */
    private static final class PrivateAppender extends RollingFileAppender<ILoggingEvent> {
        @Override
        public void openFile(String fileName) throws IOException {
            Path file = Path.of(fileName);
            if (file.getParent() != null) {
                PrivateFiles.folder(file.getParent());
            }
            PrivateFiles.createFile(file);
            super.openFile(fileName);
            PrivateFiles.restrict(file);
        }

        @Override
        public void rollover() {
            super.rollover();
            Path file = Path.of(getFile());
            if (file.getParent() != null) {
                try (var entries = Files.newDirectoryStream(file.getParent())) {
                    entries.forEach(PrivateFiles::restrictQuietly);
                } catch (IOException e) {
                    // restricted again by the housekeeping
                }
            }
        }
    }
}
