package org.geoprospect.ui.project;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.geoprospect.service.CrsLookupService;
import org.geoprospect.service.CrsOption;
import org.geoprospect.service.ProjectService;
import org.geoprospect.ui.BackgroundTasks;
import org.geoprospect.ui.Messages;

/**
 * File ▸ New project…: the new project's name and where its folder goes, its CRS (taken from the first
 * layer imported, Lambert-93, or an EPSG code), whether to fill it with the demo territory, and whether
 * to encrypt it. {@link #problemProperty()} names the first thing that keeps it from being created;
 * {@link #create} creates it in the background (progress, Cancel: all or nothing). FX-thread confined.
 */
public final class NewProjectViewModel {
    /** How the project gets its CRS. */
    public enum CrsMode {
        /** From the first layer imported (Lambert-93 for France, the UTM zone elsewhere). */
        FIRST_LAYER,
        /** Lambert-93, EPSG:2154. */
        LAMBERT_93,
        /** An EPSG code typed by the user. */
        CODE
    }

    /** Characters that no folder name may hold on the systems the application runs on. */
    private static final String FORBIDDEN = "/\\:*?\"<>|";
    static final int MAX_NAME_LENGTH = 80;

    private final Messages messages;
    private final ProjectService projects;
    private final CrsLookupService crsLookup = new CrsLookupService();
    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty location = new SimpleStringProperty(this, "location", "");
    final ObjectProperty<CrsMode> crsMode = new SimpleObjectProperty<>(this, "crsMode", CrsMode.FIRST_LAYER);
    final StringProperty crsCode = new SimpleStringProperty(this, "crsCode", "");
    final BooleanProperty demo = new SimpleBooleanProperty(this, "demo");
    final BooleanProperty encrypt = new SimpleBooleanProperty(this, "encrypt");
    final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper(this, "folder", "");
    private final ReadOnlyStringWrapper crsDescription = new ReadOnlyStringWrapper(this, "crsDescription", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private BackgroundTasks.Handle task;

    /**
     * @param defaultLocation the folder new projects go into unless the user chooses another
     */
    public NewProjectViewModel(Messages messages, ProjectService projects, Path defaultLocation) {
        this.messages = messages;
        this.projects = projects;
        location.set(defaultLocation.toAbsolutePath().normalize().toString());
        for (javafx.beans.Observable field : new javafx.beans.Observable[] {name, location, crsMode, crsCode, demo,
                encrypt, passphrase, confirmation}) {
            field.addListener(o -> validate());
        }
        validate();
    }

    private void validate() {
        failure.set("");
        folder.set(targetFolder().map(Path::toString).orElse(""));
        crsDescription.set(describeCrs());
        problem.set(firstProblem());
    }

    /** The folder the project will be created in (location / name), when both can be read. */
    java.util.Optional<Path> targetFolder() {
        String n = name.get().strip();
        String l = location.get().strip();
        if (n.isEmpty() || l.isEmpty() || containsForbidden(n)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Path.of(l).resolve(n).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    private String describeCrs() {
        if (demo.get()) {
            return messages.get("project.new.crs.demo");
        }
        return switch (crsMode.get()) {
            case FIRST_LAYER -> messages.get("project.new.crs.firstLayer.explained");
            case LAMBERT_93 -> crsLookup.byCode(org.geoprospect.geo.Srids.LAMBERT_93).map(CrsOption::label).orElse("EPSG:2154");
            case CODE -> code().flatMap(crsLookup::byCode).map(CrsOption::label).orElse("");
        };
    }

    private java.util.Optional<Integer> code() {
        String text = crsCode.get().strip().replaceFirst("(?i)^epsg:", "");
        if (!text.matches("\\d{4,6}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Integer.parseInt(text));
    }

    private String firstProblem() {
        String n = name.get().strip();
        if (n.isEmpty()) {
            return messages.get("project.new.problem.name");
        }
        if (containsForbidden(n) || n.equals(".") || n.equals("..")) {
            return messages.get("project.new.problem.nameCharacters", FORBIDDEN.replace("", " ").strip());
        }
        if (n.length() > MAX_NAME_LENGTH) {
            return messages.get("project.new.problem.nameLength", MAX_NAME_LENGTH);
        }
        if (location.get().isBlank()) {
            return messages.get("project.new.problem.location");
        }
        java.util.Optional<Path> target = targetFolder();
        if (target.isEmpty()) {
            return messages.get("project.new.problem.location");
        }
        Path parent = Path.of(location.get().strip());
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
            return messages.get("project.new.problem.locationFile", parent);
        }
        if (Files.exists(target.get()) && !isEmptyFolder(target.get())) {
            return messages.get("project.new.problem.exists", target.get());
        }
        if (!demo.get() && crsMode.get() == CrsMode.CODE) {
            java.util.Optional<Integer> code = code();
            if (code.isEmpty()) {
                return messages.get("project.new.problem.crsCode");
            }
            if (!org.geoprospect.geo.CoordinateTransform.isKnown(code.get())) {
                return messages.get("project.new.problem.crsUnknown", code.get());
            }
            if (!org.geoprospect.geo.CoordinateTransform.isProjectedInMetres(code.get())) {
                return messages.get("project.new.problem.crsNotMetric", code.get());
            }
        }
        if (encrypt.get()) {
            if (passphrase.get().length() < 8) {
                return messages.get("project.new.problem.passphraseLength");
            }
            if (!passphrase.get().equals(confirmation.get())) {
                return messages.get("project.new.problem.passphraseMismatch");
            }
        }
        return "";
    }

    private static boolean containsForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (FORBIDDEN.indexOf(text.charAt(i)) >= 0 || Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEmptyFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Creates the project in the background; {@code onCreated} receives its folder on the FX thread. A
     * failure goes to {@link #failureProperty()}; Cancel removes what was made.
     */
    public void create(Consumer<Path> onCreated) {
        validate();
        if (!problem.get().isEmpty() || busy.get()) {
            return;
        }
        Path target = targetFolder().orElseThrow();
        String projectName = name.get().strip();
        boolean withDemo = demo.get();
        Integer srid = withDemo ? null : switch (crsMode.get()) {
            case FIRST_LAYER -> null;
            case LAMBERT_93 -> org.geoprospect.geo.Srids.LAMBERT_93;
            case CODE -> code().orElseThrow();
        };
        char[] secret = encrypt.get() ? passphrase.get().toCharArray() : null;
        busy.set(true);
        failure.set("");
        task = BackgroundTasks.run(monitor -> {
            projects.create(target, projectName, withDemo, srid, secret, monitor);
            return target;
        }, created -> {
            busy.set(false);
            onCreated.accept(created);
        }, error -> {
            busy.set(false);
            failure.set(org.geoprospect.service.FailureSentences.of(error).orElse(error.getMessage() == null
                    ? messages.get("load.failed.unknown", error.getClass().getSimpleName()) : error.getMessage()));
        }, () -> {
            busy.set(false);
            failure.set(messages.get("project.new.cancelled"));
        });
        progress.bind(task.progressProperty());
    }

    /** Asks a running creation to stop (it removes what it made). */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** Whether the fields describe a project that can be created now. */
    public BooleanBinding creatableBinding() {
        return Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !busy.get(), problem, busy);
    }

    /** The folder the project will be created in, "" while it cannot be told. */
    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** What the CRS choice means ("EPSG:2154 …", or an explanation). */
    public ReadOnlyStringProperty crsDescriptionProperty() {
        return crsDescription.getReadOnlyProperty();
    }

    /** The first thing that keeps the project from being created, as one sentence; "" when nothing does. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Why the last creation failed or stopped; "" otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public ObjectProperty<CrsMode> crsModeProperty() {
        return crsMode;
    }

    public StringProperty crsCodeProperty() {
        return crsCode;
    }

    public BooleanProperty demoProperty() {
        return demo;
    }

    public BooleanProperty encryptProperty() {
        return encrypt;
    }
}
