package org.geoprospect.ui.map;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.geoprospect.io.layout.LayoutFiles;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.layout.ComposedMap;
import org.geoprospect.render.layout.LayoutTexts;
import org.geoprospect.render.layout.MapComposer;
import org.geoprospect.render.layout.PageFormat;
import org.geoprospect.service.ExportService;
import org.geoprospect.service.MapCreditsService;
import org.geoprospect.ui.BackgroundTasks;
import org.geoprospect.ui.Messages;

/**
 * File ▸ Export map: the choices of a printed map (PNG or PDF; A4 or A3, portrait or landscape, at a
 * resolution, or a size in pixels; title, date, credits, legend; file) with a preview of the page, and
 * the export itself, off the FX thread. The title starts as the project's name and the target shown on
 * the map, the credits as the project's ({@link MapCreditsService}); edited credits are saved in the
 * project with the export. The file starts as {@code <project>/exports/<title>-<date>.pdf}, its extension
 * following the format until the user types another name. FX thread only.
 */
public final class MapExportModel {
    /** The page sizes offered. */
    public enum Paper {
        A4_LANDSCAPE("a4-landscape"), A4_PORTRAIT("a4-portrait"), A3_LANDSCAPE("a3-landscape"), A3_PORTRAIT("a3-portrait"),
        PIXELS(null);

        private final String layoutName;

        Paper(String layoutName) {
            this.layoutName = layoutName;
        }

        /** Message key of its name in the list. */
        public String textKey() {
            return "mapExport.paper." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Pages larger than this are previewed at a lower resolution (paper) or not at all (pixels). */
    static final long PREVIEW_MAX_PIXELS = 6_000_000L;
    private final Messages messages;
    private final MapExportSource source;
    private final MapCreditsService creditsService;
    private final Locale locale;
    private final ObjectProperty<LayoutFiles.Format> format = new SimpleObjectProperty<>(this, "format", LayoutFiles.Format.PDF);
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", Paper.A4_LANDSCAPE);
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width");
    private final IntegerProperty height = new SimpleIntegerProperty(this, "height");
    private final IntegerProperty dpi = new SimpleIntegerProperty(this, "dpi", (int) PageFormat.DEFAULT_PAPER_DPI);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", LocalDate.now());
    private final StringProperty credits = new SimpleStringProperty(this, "credits", "");
    private final BooleanProperty legend = new SimpleBooleanProperty(this, "legend", true);
    private final StringProperty fileText = new SimpleStringProperty(this, "fileText", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<RasterCanvas> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper previewNote = new ReadOnlyStringWrapper(this, "previewNote", "");
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>(this, "exported");
    private String savedCredits;
    private boolean fileTyped;
    private boolean proposing;
    private BackgroundTasks.Handle previewTask;
    private BackgroundTasks.Handle exportTask;
    private long previewGeneration;

    /**
     * @param locale the language of the date and the numeric scale (the messages' own)
     */
    public MapExportModel(Messages messages, MapExportSource source, MapCreditsService creditsService, Locale locale) {
        this.messages = messages;
        this.source = source;
        this.creditsService = creditsService;
        this.locale = locale;
        width.set(Math.max(PageFormat.MIN_PIXELS, Math.min(PageFormat.MAX_PIXELS, source.viewWidth())));
        height.set(Math.max(PageFormat.MIN_PIXELS, Math.min(PageFormat.MAX_PIXELS, source.viewHeight())));
        title.set(defaultTitle());
        fileText.addListener((o, a, b) -> {
            if (!proposing) {
                fileTyped = true;
            }
        });
        format.addListener((o, a, b) -> followFormat());
        title.addListener((o, a, b) -> proposeFile());
        date.addListener((o, a, b) -> proposeFile());
        proposeFile();
        loadCredits();
    }

    /** "Project — target" when a saved target is shown on the map, else the project's name. */
    String defaultTitle() {
        String project = source.projectName().isBlank() ? messages.get("mapExport.defaultTitle") : source.projectName();
        return source.targetName() == null || source.targetName().isBlank() ? project
                : messages.get("mapExport.titleWithTarget", project, source.targetName());
    }

    private void loadCredits() {
        if (source.project() == null) {
            return;
        }
        BackgroundTasks.run(m -> creditsService.credits(source.project(), messages::get), text -> {
            savedCredits = text;
            if (credits.get().isEmpty()) {
                credits.set(text);
            }
        }, failure -> problem.set(userSentence(failure)), () -> { });
    }

    /** Until the user types a file: {@code <project>/exports/<title>-<date>.<format>} (the home folder without a project). */
    private void proposeFile() {
        if (fileTyped) {
            return;
        }
        Path folder = source.project() == null ? Path.of(System.getProperty("user.home")) : ExportService.exportsFolder(source.project());
        proposing = true;
        try {
            fileText.set(folder.resolve(fileBaseName() + extension()).toString());
        } finally {
            proposing = false;
        }
    }

    /** The title made into a file name: accents dropped, every run of other characters a hyphen, then the date. */
    String fileBaseName() {
        String ascii = Normalizer.normalize(title.get() == null ? "" : title.get(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            slug = "map";
        }
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug + "-" + (date.get() == null ? LocalDate.now() : date.get());
    }

    private String extension() {
        return format.get() == LayoutFiles.Format.PDF ? ".pdf" : ".png";
    }

    /** A typed name ending in the other format's extension changes with the format; a proposed one always does. */
    private void followFormat() {
        if (!fileTyped) {
            proposeFile();
            return;
        }
        String text = fileText.get() == null ? "" : fileText.get().strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png") || lower.endsWith(".pdf")) {
            proposing = true;
            try {
                fileText.set(text.substring(0, text.length() - 4) + extension());
            } finally {
                proposing = false;
            }
        }
    }

    /**
     * The page chosen.
     *
     * @throws IllegalArgumentException with one sentence when the size or resolution is out of bounds
     */
    public PageFormat page() {
        Paper chosen = paper.get();
        return switch (chosen) {
            case PIXELS -> PageFormat.pixels(width.get(), height.get());
            default -> PageFormat.parse(chosen.layoutName).withDpi(dpi.get());
        };
    }

    /** The file to write: the typed path, relative to the project's exports folder, with the format's extension added when missing. */
    public Path file() {
        String text = fileText.get() == null ? "" : fileText.get().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(messages.get("mapExport.problem.noFile"));
        }
        try {
            Path typed = Path.of(text);
            if (!typed.isAbsolute() && source.project() != null) {
                typed = ExportService.exportsFolder(source.project()).resolve(typed);
            }
            String name = typed.getFileName() == null ? "" : typed.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(extension()) ? typed : typed.resolveSibling(name + extension());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(messages.get("mapExport.problem.badFile", text), e);
        }
    }

    private LayoutTexts texts() {
        String t = title.get() == null ? "" : title.get().strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(messages.get("mapExport.problem.noTitle"));
        }
        LocalDate d = date.get() == null ? LocalDate.now() : date.get();
        return new LayoutTexts(t, LayoutTexts.longDate(d, locale), credits.get(), messages.get("legend.title"),
                messages.get("layout.scale"), locale);
    }

    /**
     * Draws the page with the current choices in the background and shows it as the preview; a newer
     * request supersedes (and cancels) an older one. A choice that cannot be drawn shows its sentence in
     * place of the preview.
     */
    public void refreshPreview() {
        long generation = ++previewGeneration;
        if (previewTask != null) {
            previewTask.cancel();
        }
        PageFormat page;
        LayoutTexts words;
        try {
            page = page();
            words = texts();
        } catch (IllegalArgumentException e) {
            previewNote.set(e.getMessage());
            return;
        }
        long pixels = (long) page.widthPx() * page.heightPx();
        PageFormat drawn = page;
        if (pixels > PREVIEW_MAX_PIXELS) {
            if (!page.paper()) {
                preview.set(null);
                previewNote.set(messages.get("mapExport.preview.tooLarge"));
                return;
            }
            // A lower resolution for the preview only: the file keeps the chosen one (the same picture, finer).
            drawn = page.withDpi(Math.max(PageFormat.MIN_DPI, Math.floor(page.dpi() * Math.sqrt(PREVIEW_MAX_PIXELS / (double) pixels))));
        }
        PageFormat previewed = drawn;
        boolean withLegend = legend.get();
        previewNote.set(messages.get("mapExport.preview.drawing"));
        previewTask = BackgroundTasks.run(m -> MapComposer.compose(previewed, words, source.scene(), source.area(), withLegend,
                messages::get, m).rasterize(), image -> {
                    if (generation == previewGeneration) {
                        preview.set(image);
                        previewNote.set(previewed == page ? messages.get("mapExport.preview.size", image.width(), image.height())
                                : messages.get("mapExport.preview.lowerDpi", (int) previewed.dpi(), (int) page.dpi()));
                    }
                }, failure -> {
                    if (generation == previewGeneration) {
                        previewNote.set(userSentence(failure));
                    }
                }, () -> { });
    }

    /** Writes the map in the background; {@link #exportedProperty()} then holds the file, or {@link #problemProperty()} says why not. */
    public void export() {
        problem.set("");
        PageFormat page;
        LayoutTexts words;
        Path target;
        try {
            page = page();
            words = texts();
            target = file();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        boolean withLegend = legend.get();
        String creditsToSave = source.project() != null && !source.readOnly()
                && !words.credits().strip().equals(savedCredits == null ? "" : savedCredits.strip()) ? words.credits() : null;
        running.set(true);
        exportTask = BackgroundTasks.run(m -> {
            createExportsFolderFor(target);
            ComposedMap map = MapComposer.compose(page, words, source.scene(), source.area(), withLegend, messages::get, m);
            LayoutFiles.write(map, target, words.title());
            if (creditsToSave != null) {
                creditsService.save(source.project(), creditsToSave);
            }
            return target;
        }, path -> {
            running.set(false);
            if (creditsToSave != null) {
                savedCredits = creditsToSave;
            }
            exported.set(path);
        }, failure -> {
            running.set(false);
            problem.set(userSentence(failure));
        }, () -> {
            running.set(false);
            problem.set(messages.get("mapExport.cancelled"));
        });
    }

    /** Stops a running export (the file is written whole or not at all) and the preview being drawn. */
    public void cancel() {
        if (exportTask != null && running.get()) {
            exportTask.cancel();
        }
        if (previewTask != null) {
            previewTask.cancel();
        }
    }

    /** The project's exports folder is the application's own proposal: it is made when first used (other folders must exist). */
    private void createExportsFolderFor(Path target) throws java.io.IOException {
        if (source.project() == null) {
            return;
        }
        Path exports = ExportService.exportsFolder(source.project()).toAbsolutePath().normalize();
        Path parent = target.toAbsolutePath().normalize().getParent();
        if (exports.equals(parent)) {
            Files.createDirectories(exports);
        }
    }

    private String userSentence(Throwable failure) {
        String known = org.geoprospect.service.FailureSentences.of(failure).orElse(null);
        if (known != null) {
            return known;
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? messages.get("load.failed.unknown", failure.getClass().getSimpleName())
                : message.strip();
    }

    public ObjectProperty<LayoutFiles.Format> formatProperty() {
        return format;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    /** Width in pixels of a {@link Paper#PIXELS} page (starts at the view's). */
    public IntegerProperty widthProperty() {
        return width;
    }

    public IntegerProperty heightProperty() {
        return height;
    }

    /** Resolution of a paper page, dots per inch. */
    public IntegerProperty dpiProperty() {
        return dpi;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The data credits at the foot of the page; saved in the project with the export when edited. */
    public StringProperty creditsProperty() {
        return credits;
    }

    public BooleanProperty legendProperty() {
        return legend;
    }

    /** The file field's text: a path, absolute or relative to the project's exports folder. */
    public StringProperty fileTextProperty() {
        return fileText;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Why the last export failed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The page as last previewed (at its full resolution; the view scales it down), or null. */
    public ReadOnlyObjectProperty<RasterCanvas> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** A line under the preview: its size, "drawing…", or why it cannot be drawn. */
    public ReadOnlyStringProperty previewNoteProperty() {
        return previewNote.getReadOnlyProperty();
    }

    /** The file written by the last export, once done. */
    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported.getReadOnlyProperty();
    }
}
