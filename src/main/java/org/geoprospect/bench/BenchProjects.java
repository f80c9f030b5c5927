package org.geoprospect.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.CustomerFileKind;
import org.geoprospect.service.DemoFiles;
import org.geoprospect.service.ImportService;
import org.geoprospect.service.ProjectService;

/**
 * The project the select, export, map and memory suites work on: the generated workload of a size
 * (map layers, households, clients, competitors) imported into a Lambert-93 project through the
 * product's own import, once per size and seed. A project completed by an earlier run in the same
 * {@code --work-dir} is reused (the import is measured by the {@code import} suite, not here).
 * Not thread-safe.
 */
final class BenchProjects {
    private BenchProjects() {
    }

    /** The project folder for {@code households} households, importing it on first use. */
    static Path project(BenchContext context, int households) throws IOException {
        Path workload = context.workload(households);
        Path project = context.workDir().resolve("project-" + households + "-seed-" + context.seed());
        Path complete = context.workDir().resolve("project-" + households + "-seed-" + context.seed() + ".complete");
        if (Files.exists(complete)) {
            return project;
        }
        Scratch.deleteTree(project);
        context.say("importing the " + households + "-household workload into a project (setup, untimed)");
        new ProjectService().create(project, false, Srids.LAMBERT_93, ProgressMonitor.NONE);
        ImportService imports = new ImportService();
        for (String layer : DemoFiles.MAP_LAYERS) {
            imports.importLayer(project, workload.resolve("maps").resolve(layer + ".shp"), layer, null, null,
                    ProgressMonitor.NONE);
        }
        Path data = workload.resolve("sample-data");
        imports.importCustomers(project, CustomerFileKind.HOUSEHOLDS, data.resolve("households.csv"), null, null,
                ProgressMonitor.NONE);
        imports.importCustomers(project, CustomerFileKind.CLIENTS, data.resolve("clients.csv"), null, null,
                ProgressMonitor.NONE);
        imports.importCustomers(project, CustomerFileKind.COMPETITORS, data.resolve("competitors.csv"), null, null,
                ProgressMonitor.NONE);
        Files.createFile(complete);
        return project;
    }
}
