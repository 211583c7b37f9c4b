package com.clinicchat.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The H2 file database holds conversations, which may hold health information: its folder is made the service
 * account's alone ({@code rwx------}) before the database opens, and its files {@code rw-------} once it has,
 * whatever the process's umask. (PostgreSQL keeps its own files private.)
 */
@Configuration(proxyBeanMethods = false)
class DatabaseFiles {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFiles.class);
    static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    /** Runs before any bean is made, so before the connection pool opens the database. */
    @Bean
    static BeanFactoryPostProcessor privateDatabaseFolder(Environment environment) {
        return beanFactory -> folder(environment).ifPresent(DatabaseFiles::makeFolderPrivate);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> privateDatabaseFiles(Environment environment) {
        return ready -> folder(environment).ifPresent(DatabaseFiles::makeFilesPrivate);
    }

    /** The folder of an H2 file database URL ({@code jdbc:h2:file:<path>;…} or {@code jdbc:h2:<path>}). */
    static Optional<Path> folder(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:")
                || url.startsWith("jdbc:h2:ssl:")) {
            return Optional.empty();
        }
        String path = url.substring("jdbc:h2:".length());
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        int options = path.indexOf(';');
        path = options < 0 ? path : path.substring(0, options);
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.ofNullable(Path.of(path).toAbsolutePath().getParent());
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    static void makeFolderPrivate(Path folder) {
        if (!posix()) {
            return;
        }
        try {
            if (Files.notExists(folder)) {
                Files.createDirectories(folder);
            }
            Files.setPosixFilePermissions(folder, OWNER_DIRECTORY);
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("Could not make the database folder {} private: {}", folder, e.toString());
        }
    }

    static void makeFilesPrivate(Path folder) {
        if (!posix() || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".db"))
                    .forEach(file -> {
                        try {
                            Files.setPosixFilePermissions(file, OWNER_FILE);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not make the database files in {} private: {}", folder, e.toString());
        }
    }
}
