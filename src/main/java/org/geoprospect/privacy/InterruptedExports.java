package org.geoprospect.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.geoprospect.io.export.StagedFile;
import org.geoprospect.store.ExportLogEntry;
import org.geoprospect.store.ExportLogRepository;
import org.geoprospect.store.ProjectDatabase;

/**
 * Finishes the exports a kill interrupted after their audit row was committed and before their files
 * were moved into place: the row names the folder, the file, its sidecar and their SHA-256, and the
 * complete files wait beside their place as {@code .NAME.partial}; they are moved in when their bytes
 * match. So an export in the log always has its files (unless the user deleted them since, which is
 * left alone), and an export killed before its row was committed is absent (its partial files are not
 * the log's). Stateless; run before the log is read.
 */
public final class InterruptedExports {
    /** Keys of the export row's details. */
    static final String FOLDER = "folder";
    static final String CSV_SHA256 = "csvSha256";
    static final String SIDECAR_SHA256 = "sidecarSha256";

    private InterruptedExports() {
    }

    /**
     * Moves the complete files of interrupted exports into place.
     *
     * @return how many files were moved
     * @throws IOException when a move fails
     */
    public static int complete(ProjectDatabase database) throws IOException {
        Objects.requireNonNull(database, "database");
        int moved = 0;
        for (ExportLogEntry entry : new ExportLogRepository(database).all()) {
            if (!ExportLogEntry.EXPORT.equals(entry.action()) || entry.fileName() == null || entry.detailsJson() == null) {
                continue;
            }
            JsonNode details = AuditJson.MAPPER.readTree(entry.detailsJson());
            if (!details.hasNonNull(FOLDER) || !details.hasNonNull(CSV_SHA256)) {
                continue; // written before this safeguard existed
            }
            Path folder = Path.of(details.get(FOLDER).asText());
            if (StagedFile.publishLeftover(folder.resolve(entry.fileName()), details.get(CSV_SHA256).asText())) {
                moved++;
            }
            if (details.hasNonNull("sidecar") && details.hasNonNull(SIDECAR_SHA256)
                    && StagedFile.publishLeftover(folder.resolve(details.get("sidecar").asText()),
                            details.get(SIDECAR_SHA256).asText())) {
                moved++;
            }
        }
        return moved;
    }
}
