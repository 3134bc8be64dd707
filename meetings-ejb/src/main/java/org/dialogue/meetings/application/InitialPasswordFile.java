package org.dialogue.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The file {@value #FILE_NAME} in the data folder (MicroProfile Config {@code meetings.data.dir}, by default
 * {@code data} under the server's working directory): where the first start leaves the generated password of the
 * first administrator, readable by its owner only, until that password is changed.
 */
@ApplicationScoped
public class InitialPasswordFile {

    public static final String FILE_NAME = "initial-admin-password";
    public static final String DATA_DIR_PROPERTY = "meetings.data.dir";

    private static final Logger LOG = Logger.getLogger(InitialPasswordFile.class.getName());

    public Path path() {
        String folder = ConfigProvider.getConfig().getOptionalValue(DATA_DIR_PROPERTY, String.class).orElse("data");
        return Path.of(folder).toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    /** Writes the password, the file created with owner-only permissions before any byte is written. */
    public Path write(String password) {
        Path file = path();
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    public boolean exists() {
        return Files.exists(path());
    }

    public void delete() {
        Path file = path();
        try {
            if (Files.deleteIfExists(file)) {
                LOG.info(() -> "The first administrator chose a password: " + file + " was deleted.");
            }
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete " + file + ": " + e + ". Delete it by hand.");
        }
    }
}
