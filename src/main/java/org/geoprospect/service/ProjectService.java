package org.geoprospect.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.store.LayerRepository;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.ProjectOpenException;
import org.geoprospect.store.StatsRepository;
import org.locationtech.jts.geom.Envelope;

/**
 * Project use cases shared by the UI and the command line: create (optionally with the demo),
 * count, list layers, load what the map draws. Each call opens the project and closes it again.
 *
 * <p>Failures the user can act on come as {@link UserFacingException} (or {@link ProjectOpenException},
 * whose message is also one sentence).
 */
public final class ProjectService {
    /** Name of the layer whose extent "zoom to full extent" shows, when the project has one. */
    static final String TERRITORY_LAYER = "territory";
    /** The demo project's name. */
    public static final String DEMO_NAME = "Maine-et-Loire demo";

    /**
     * The folder of the demo project the application opens with no argument:
     * {@code $GEOPROSPECT_HOME/demo}, where GEOPROSPECT_HOME defaults to {@code ~/GeoProspect}.
     */
    public static Path defaultDemoProject() {
        return AppHome.folder().resolve("demo");
    }

    /**
     * Creates a project in Lambert-93 (EPSG:2154) and, with {@code withSample}, imports the demo
     * territory and customer files. All or nothing: if anything fails or is cancelled, the new
     * project's files are removed and the folder is left as it was.
     *
     * @return the new project's counts
     */
    public ProjectStats create(Path dir, boolean withSample, ProgressMonitor monitor) throws IOException {
        return create(dir, withSample, null, monitor);
    }

    /**
     * Creates a project in the given CRS. Without {@code srid} (and without the demo, which is in
     * Lambert-93), the project takes its CRS from its first imported layer: Lambert-93 for France,
     * the UTM zone of the data elsewhere, Web Mercator for world-wide data.
     *
     * @param srid EPSG code of a planar CRS in metres, or null to let the first layer choose
     * @throws UserFacingException when the code is unknown or the demo is asked in another CRS
     */
    public ProjectStats create(Path dir, boolean withSample, Integer srid, ProgressMonitor monitor) throws IOException {
        return create(dir, withSample, srid, null, monitor);
    }

    /**
     * Creates a project, encrypted at rest when {@code passphrase} is given (AES over the whole
     * database file: no name, email or phone number is on disk in plain text).
     *
     * @param passphrase at least 8 characters, or null for an unencrypted project
     */
    public ProjectStats create(Path dir, boolean withSample, Integer srid, char[] passphrase, ProgressMonitor monitor)
            throws IOException {
        return create(dir, null, withSample, srid, passphrase, monitor);
    }

    /**
     * Creates a project with a display name (the window's title, the recent-projects list).
     *
     * @param name the project's name; null or blank: "Maine-et-Loire demo" for the demo, else the folder's name
     */
    public ProjectStats create(Path dir, String name, boolean withSample, Integer srid, char[] passphrase,
            ProgressMonitor monitor) throws IOException {
        if (passphrase != null && passphrase.length < 8) {
            throw new UserFacingException("The passphrase needs at least 8 characters; choose a longer one.");
        }
        if (srid != null && !org.geoprospect.geo.CoordinateTransform.isKnown(srid)) {
            throw new UserFacingException("EPSG:" + srid + " is not a coordinate reference system this application knows; check the code.");
        }
        if (srid != null && !org.geoprospect.geo.CoordinateTransform.isProjectedInMetres(srid)) {
            throw new UserFacingException("EPSG:" + srid + " is not a projected CRS in metres; a project needs one (for"
                    + " France Lambert-93, EPSG:2154), so that distances and areas are planar metres.");
        }
        if (withSample && srid != null && srid != Srids.LAMBERT_93) {
            throw new UserFacingException("The demo project is in Lambert-93 (EPSG:2154); leave out --srid with --sample.");
        }
        if (ProjectDatabase.exists(dir)) {
            throw new UserFacingException("The folder " + dir.toAbsolutePath().normalize()
                    + " already holds a project; open it, or choose an empty folder for the new project.");
        }
        boolean folderExisted = Files.isDirectory(dir);
        if (name == null || name.isBlank()) {
            name = withSample ? DEMO_NAME : String.valueOf(dir.toAbsolutePath().normalize().getFileName());
        }
        // From here on the project files are ours: a failure removes them, never someone else's project.
        boolean done = false;
        int projectSrid = srid == null ? Srids.LAMBERT_93 : srid;
        try (ProjectDatabase database = passphrase == null ? ProjectDatabase.create(dir, projectSrid, name)
                : ProjectDatabase.createEncrypted(dir, projectSrid, name, passphrase)) {
            if (!withSample && srid == null) {
                new org.geoprospect.store.ProjectSettings(database).put(org.geoprospect.store.ProjectSettings.CRS_FROM_FIRST_LAYER, "true");
            }
            if (withSample) {
                Path files = Files.createTempDirectory("geoprospect-demo");
                try {
                    DemoFiles.extractTo(files);
                    new DemoProjectImport(database).importFrom(files, monitor);
                } finally {
                    deleteTree(files);
                }
            }
            done = true;
            return stats(database);
        } finally {
            if (!done && ProjectDatabase.exists(dir)) {
                removeProjectFiles(dir, folderExisted);
            }
        }
    }

    /**
     * Replaces an EMPTY project's database by a new one in another CRS, keeping its name; used when a
     * project takes its CRS from its first layer.
     */
    static void recreateEmpty(Path dir, int srid, String name) {
        try {
            Files.deleteIfExists(dir.resolve(ProjectDatabase.DATABASE_FILE_NAME));
        } catch (IOException e) {
            throw new UserFacingException("The project in " + dir + " could not be set to EPSG:" + srid + " ("
                    + e.getMessage() + "); check that the folder is writable.", e);
        }
        ProjectDatabase.create(dir, srid, name).close();
    }

    /**
     * Whether this application opens the project in {@code dir} read-only from now on (the way out for a
     * project saved by a newer version): its data can be seen, mapped and counted; every change is refused
     * with one sentence; the file is never written.
     */
    public void setReadOnly(Path dir, boolean readOnly) {
        ProjectDatabase.setReadOnly(dir, readOnly);
    }

    /** Whether the project in {@code dir} is opened read-only by this application (see {@link #setReadOnly}). */
    public boolean isReadOnly(Path dir) {
        return ProjectDatabase.isReadOnly(dir);
    }

    /** Whether {@code dir} holds a GeoProspect project (its database file). */
    public boolean isProject(Path dir) {
        return dir != null && ProjectDatabase.exists(dir);
    }

    /** The project's display name, as given when it was created. */
    public String projectName(Path dir) {
        try (ProjectDatabase database = ProjectDatabase.open(dir)) {
            return database.projectName();
        }
    }

    /** The counts of a project. */
    public ProjectStats stats(Path dir) {
        try (ProjectDatabase database = ProjectDatabase.open(dir)) {
            return stats(database);
        }
    }

    private static ProjectStats stats(ProjectDatabase database) {
        org.geoprospect.store.ProjectStats counts = new StatsRepository(database).stats();
        return new ProjectStats(counts.households(), counts.clients(), counts.customerRecords(), counts.competitors(),
                counts.sectors(), counts.layers());
    }

    /** The project's vector layers in drawing order (bottom first). */
    public List<LayerInfo> layers(Path dir) {
        try (ProjectDatabase database = ProjectDatabase.open(dir)) {
            return new LayerRepository(database).list();
        }
    }

    /**
     * The first {@code limit} features of a layer with their WGS84 positions (centroids for lines and
     * polygons), for checking an import.
     *
     * @throws UserFacingException when the layer does not exist
     */
    public List<FeatureView> features(Path dir, String layerName, int limit) {
        try (ProjectDatabase database = ProjectDatabase.open(dir)) {
            LayerRepository repository = new LayerRepository(database);
            VectorLayer layer = repository.load(layerName).orElseThrow(() -> new UserFacingException(
                    "The project has no layer named '" + layerName + "'; its layers are: "
                            + String.join(", ", repository.list().stream().map(LayerInfo::name).toList()) + "."));
            CoordinateTransform toWgs84 = CoordinateTransform.between(database.projectSrid(), Srids.WGS84);
            List<FeatureView> views = new ArrayList<>();
            for (var feature : layer.features().subList(0, Math.min(limit, layer.features().size()))) {
                var centroid = feature.geometry().getCentroid();
                double[] lonLat = toWgs84.transform(centroid.getX(), centroid.getY());
                views.add(new FeatureView(feature.id(), lonLat[0], lonLat[1], feature.attributes()));
            }
            return views;
        }
    }

    /** Everything the map draws for a project, in the project CRS. */
    public MapContent mapContent(Path dir, ProgressMonitor monitor) {
        try (ProjectDatabase database = ProjectDatabase.open(dir)) {
            LayerRepository repository = new LayerRepository(database);
            List<LayerInfo> infos = repository.list();
            List<VectorLayer> layers = new ArrayList<>();
            int done = 0;
            for (LayerInfo info : infos) {
                monitor.checkCancelled();
                repository.load(info.name()).ifPresent(layers::add);
                monitor.progress(++done, infos.size());
            }
            List<String> problems = new ArrayList<>();
            var looks = LayerStyleService.looks(repository, problems);
            return new MapContent(database.projectSrid(), layers, fullExtent(infos), PointLayersLoader.load(database, monitor),
                    database.projectName(), looks, problems);
        }
    }

    /**
     * A loader for the desktop application: opens the project in {@code dir}, first creating it from
     * the demo files when {@code createDemoIfMissing} and the folder holds no project yet.
     */
    public MapContentLoader loader(Path dir, boolean createDemoIfMissing) {
        return monitor -> {
            if (createDemoIfMissing && !ProjectDatabase.exists(dir)) {
                create(dir, true, monitor);
            }
            return mapContent(dir, monitor);
        };
    }

    /** The territory layer's extent when there is one, else the union of all layers' extents. */
    static Envelope fullExtent(List<LayerInfo> infos) {
        Envelope all = new Envelope();
        for (LayerInfo info : infos) {
            if (info.name().equals(TERRITORY_LAYER) && !info.extent().isNull()) {
                return new Envelope(info.extent());
            }
            all.expandToInclude(info.extent());
        }
        return all;
    }

    private static void removeProjectFiles(Path dir, boolean keepFolder) {
        try {
            Files.deleteIfExists(dir.resolve(ProjectDatabase.DATABASE_FILE_NAME));
            if (!keepFolder) {
                deleteTree(dir);
            }
        } catch (IOException e) {
            // The original failure matters more; the leftover file is named in the next open's message.
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
