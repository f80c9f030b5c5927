package org.geoprospect.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.geoprospect.analysis.criteria.ContactHistory;
import org.geoprospect.analysis.selection.ShapeSelections;
import org.geoprospect.analysis.definition.TargetDefinition;
import org.geoprospect.analysis.definition.TargetDefinitionJson;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.SavedTarget;
import org.geoprospect.store.SavedTargetRepository;

/**
 * Saved targets: save a definition by name in the project, re-run it on the data as it is now, list,
 * show, rename and delete. Each call opens the project and closes it again; {@link #save} and
 * {@link #run} load the households into memory for the evaluation (about a second per million).
 *
 * <p>Failures the user can act on (unknown target, name taken, unknown interest, competitor or sector
 * code, bad polygon) come as {@link UserFacingException} with one sentence. Thread-safe.
 */
public final class TargetService {
    private final Clock clock;
    private final ObjectionSource objections;
    private final ContactHistory history;

    /** Today from the system clock; objections from the project's register; no call history yet. */
    public TargetService() {
        this(Clock.systemDefaultZone(), ObjectionSource.register(Clock.systemDefaultZone()), ContactHistory.NONE);
    }

    public TargetService(Clock clock, ObjectionSource objections, ContactHistory history) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.objections = Objects.requireNonNull(objections, "objections");
        this.history = Objects.requireNonNull(history, "history");
    }

    /**
     * Saves a new target after evaluating it once (so a definition that cannot run is never saved).
     *
     * @return the counts it selects now
     * @throws UserFacingException when the name is empty or taken, or the definition names unknown codes
     */
    public TargetCounts save(Path projectDir, String name, TargetDefinition definition, ProgressMonitor monitor) {
        String checked = checkName(name);
        Objects.requireNonNull(definition, "definition");
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            SavedTargetRepository repository = new SavedTargetRepository(database);
            if (repository.find(checked).isPresent()) {
                throw new UserFacingException("A target named '" + checked + "' already exists; choose another name, "
                        + "or delete or rename the existing one first.");
            }
            TargetCounts counts = counts(checked, evaluate(database, definition, monitor));
            if (!repository.insert(checked, TargetDefinitionJson.write(definition), OffsetDateTime.now(clock))) {
                throw new UserFacingException("A target named '" + checked + "' already exists; choose another name.");
            }
            return counts;
        }
    }

    /**
     * Runs a saved target on the project's current data.
     *
     * @throws UserFacingException when there is no such target, or its codes no longer exist in the data
     */
    public TargetCounts run(Path projectDir, String name, ProgressMonitor monitor) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            TargetDefinition definition = definition(database, name);
            return counts(name, evaluate(database, definition, monitor));
        }
    }

    /**
     * The anonymous codes of the households a saved target selects on the project's current data
     * (for an export or a tour), in household order.
     *
     * @throws UserFacingException when there is no such target
     */
    public SelectedCodes selectedCodes(Path projectDir, String name, ProgressMonitor monitor) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            TargetDefinition definition = definition(database, name);
            AnalysisSession session = AnalysisSession.load(database, clock, objections.open(database), history, monitor);
            ShapeSelections selections;
            try {
                selections = session.evaluate(definition);
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(e.getMessage(), e);
            }
            java.util.List<String> households = new java.util.ArrayList<>(selections.households().cardinality());
            selections.households().forEach(id -> households.add(session.data().households().anonCode(id)));
            java.util.List<String> clients = new java.util.ArrayList<>(selections.clients().cardinality());
            selections.clients().forEach(id -> clients.add(session.data().clients().get(id).code()));
            return new SelectedCodes(name, TargetDefinitionJson.write(definition), households, clients);
        }
    }

    /**
     * What a saved target selects now: household anonymous codes and client codes, with the target's
     * definition as JSON (for the export's sidecar and audit row).
     */
    public record SelectedCodes(String name, String definitionJson, java.util.List<String> households,
                                java.util.List<String> clients) {
    }

    /** Evaluates a definition on an already loaded session (the UI's live counts). */
    public static TargetCounts run(AnalysisSession session, String name, TargetDefinition definition) {
        try {
            return counts(name, session.evaluate(definition));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    /** Every saved target, by name. */
    public List<SavedTargetInfo> list(Path projectDir) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            return new SavedTargetRepository(database).list().stream().map(TargetService::info).toList();
        }
    }

    /** One saved target. @throws UserFacingException when there is no such target */
    public SavedTargetInfo show(Path projectDir, String name) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            return info(find(new SavedTargetRepository(database), name));
        }
    }

    /** Renames a target. @throws UserFacingException when there is no such target or the new name is taken */
    public void rename(Path projectDir, String oldName, String newName) {
        String checked = checkName(newName);
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            switch (new SavedTargetRepository(database).rename(oldName, checked, OffsetDateTime.now(clock))) {
                case NO_SUCH_TARGET -> throw noSuchTarget(database, oldName);
                case NAME_TAKEN -> throw new UserFacingException("A target named '" + checked
                        + "' already exists; choose another name.");
                case RENAMED -> {
                }
            }
        }
    }

    /** Deletes a target. @throws UserFacingException when there is no such target */
    public void delete(Path projectDir, String name) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            if (!new SavedTargetRepository(database).delete(name)) {
                throw noSuchTarget(database, name);
            }
        }
    }

    private ShapeSelections evaluate(ProjectDatabase database, TargetDefinition definition, ProgressMonitor monitor) {
        AnalysisSession session = AnalysisSession.load(database, clock, objections.open(database), history, monitor);
        try {
            return session.evaluate(definition);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    private static TargetCounts counts(String name, ShapeSelections selections) {
        return new TargetCounts(name, selections.households().cardinality(), selections.clients().cardinality());
    }

    private static TargetDefinition definition(ProjectDatabase database, String name) {
        SavedTarget saved = find(new SavedTargetRepository(database), name);
        return read(saved);
    }

    private static SavedTarget find(SavedTargetRepository repository, String name) {
        return repository.find(name).orElseThrow(() -> noSuchTarget(repository, name));
    }

    private static UserFacingException noSuchTarget(ProjectDatabase database, String name) {
        return noSuchTarget(new SavedTargetRepository(database), name);
    }

    private static UserFacingException noSuchTarget(SavedTargetRepository repository, String name) {
        List<String> names = repository.list().stream().map(SavedTarget::name).toList();
        return new UserFacingException("The project has no saved target named '" + name + "'; "
                + (names.isEmpty() ? "it has no saved target yet." : "its targets are: " + String.join(", ", names) + "."));
    }

    private static SavedTargetInfo info(SavedTarget saved) {
        return new SavedTargetInfo(saved.name(), read(saved), saved.createdAt(), saved.updatedAt());
    }

    private static TargetDefinition read(SavedTarget saved) {
        try {
            return TargetDefinitionJson.read(saved.definitionJson(), saved.name());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new UserFacingException("A saved target needs a name; give one, e.g. 'vtt-cholet'.");
        }
        if (name.length() > 200) {
            throw new UserFacingException("A target name may have up to 200 characters; choose a shorter one.");
        }
        return name.strip();
    }
}
