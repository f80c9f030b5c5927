package org.geoprospect.service;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.geoprospect.analysis.potential.SectorPotentialCsv;
import org.geoprospect.analysis.potential.SectorPotentialRow;
import org.geoprospect.analysis.definition.TargetDefinition;
import org.geoprospect.analysis.criteria.ContactHistory;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.ProjectDatabase;

/**
 * The sector potential report of a project: per commercial sector, households, prospects matching a
 * target's criteria (and shapes), clients, penetration and remaining potential, with household counts
 * under 10 shown as {@code "<10"}. Thread-safe.
 */
public final class SectorPotentialService {
    private final Clock clock;
    private final ObjectionSource objections;

    public SectorPotentialService() {
        this(Clock.systemDefaultZone(), ObjectionSource.register(Clock.systemDefaultZone()));
    }

    public SectorPotentialService(Clock clock, ObjectionSource objections) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.objections = Objects.requireNonNull(objections, "objections");
    }

    /**
     * The masked report rows, in sector-code order.
     *
     * @throws UserFacingException when the criteria name unknown codes
     */
    public List<SectorPotentialRow> report(Path projectDir, TargetDefinition matching, ProgressMonitor monitor) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            AnalysisSession session = AnalysisSession.load(database, clock, objections.open(database), ContactHistory.NONE, monitor);
            return report(session, matching);
        }
    }

    /** The masked report rows from a loaded session. */
    public static List<SectorPotentialRow> report(AnalysisSession session, TargetDefinition matching) {
        try {
            return session.sectorPotential(matching).stream().map(SectorPotentialRow::of).toList();
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    /** Writes the rows as CSV (UTF-8), through a temporary file moved into place, so a failure leaves no half file. */
    public static void writeCsv(List<SectorPotentialRow> rows, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".sectors", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                SectorPotentialCsv.write(rows, out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
