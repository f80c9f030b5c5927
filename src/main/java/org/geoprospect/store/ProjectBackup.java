package org.geoprospect.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Consistent copies of a project's database: H2's online {@code BACKUP TO}, which copies the file
 * as of one committed state while the project stays open, and its restoration into a new folder.
 */
public final class ProjectBackup {
    private ProjectBackup() {
    }

    /**
     * Writes a zip holding a consistent copy of the open project's database. The zip is written
     * beside its final name and moved into place, so a failed or killed backup leaves no partial file.
     *
     * @throws StoreException with one sentence when the backup cannot be written
     */
    public static void backup(ProjectDatabase database, Path zip) {
        Path target = zip.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(partial);
            try (Connection connection = database.connect();
                 PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, partial.toString());
                backup.execute();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The failure below is what the user must know; a leftover .partial file is harmless.
            }
            throw new StoreException("The backup " + target + " could not be written (" + e.getMessage()
                    + "); check the free space and that the folder is writable.", e);
        }
    }

    /**
     * Restores a backup zip into a folder that holds no project yet.
     *
     * @throws ProjectOpenException {@code ALREADY_EXISTS} when the folder holds a project, {@code DAMAGED}
     *                              when the zip holds no project database, {@code IO_ERROR} when it cannot be written
     */
    public static void restore(Path zip, Path dir) {
        Path directory = dir.toAbsolutePath().normalize();
        if (ProjectDatabase.exists(directory)) {
            throw new ProjectOpenException(ProjectOpenException.Reason.ALREADY_EXISTS, "The folder " + directory
                    + " already holds a project; restore into an empty folder.");
        }
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            Files.createDirectories(directory);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (Path.of(entry.getName()).getFileName().toString().equals(ProjectDatabase.DATABASE_FILE_NAME)) {
                    copy(in, directory.resolve(ProjectDatabase.DATABASE_FILE_NAME));
                    found = true;
                }
            }
        } catch (IOException e) {
            throw new ProjectOpenException(ProjectOpenException.Reason.IO_ERROR, "The backup " + zip
                    + " could not be restored (" + e.getMessage() + "); check that it is a GeoProspect backup zip.", e);
        }
        if (!found) {
            throw new ProjectOpenException(ProjectOpenException.Reason.DAMAGED, "The file " + zip
                    + " holds no GeoProspect project database; choose a backup made with 'backup'.");
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
