package org.dialogue.meetings.infrastructure.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files created once, readable by their owner only (POSIX 600), safe when several instances of a cluster start at
 * the same moment on the same folder: each writes its candidate to a temporary file of its own, then links it under
 * the final name. Creating a link fails when the name exists, atomically, so exactly one candidate wins and every
 * instance (the losers too) reads the winner's complete file. A half-written file never carries the final name.
 */
final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** The file's content: {@code candidate} if this call created it, else what was there (or got there first). */
    static byte[] createOnce(Path file, byte[] candidate) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        if (Files.exists(file)) {
            return Files.readAllBytes(file);
        }
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp", ownerOnly());
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC)) {
                out.write(candidate);
            }
            try {
                Files.createLink(file, temporary);
                return candidate;
            } catch (FileAlreadyExistsException another) {
                return Files.readAllBytes(file);
            } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
                // A file system without hard links: a move that refuses to replace (checked, then renamed).
                try {
                    Files.move(temporary, file);
                    return candidate;
                } catch (FileAlreadyExistsException another) {
                    return Files.readAllBytes(file);
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }
}
