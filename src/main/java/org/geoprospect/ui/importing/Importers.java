package org.geoprospect.ui.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.CsvImportSummary;
import org.geoprospect.service.CustomerFileKind;
import org.geoprospect.service.LayerImportReport;

/**
 * The import use cases as the dialogs call them: {@code ImportService::importLayer} and
 * {@code ImportService::importCustomers} fit; tests wrap them to control timing.
 */
public final class Importers {
    private Importers() {
    }

    /** Imports a vector file as a layer; see {@code ImportService.importLayer}. */
    @FunctionalInterface
    public interface LayerImporter {
        LayerImportReport importLayer(Path project, Path file, String name, Integer srid, Charset encoding,
                                      ProgressMonitor monitor) throws IOException;
    }

    /** Imports a customer CSV file; see {@code ImportService.importCustomers}. */
    @FunctionalInterface
    public interface CustomerImporter {
        CsvImportSummary importCustomers(Path project, CustomerFileKind kind, Path file, Path mapping, Integer srid,
                                         ProgressMonitor monitor) throws IOException;
    }
}
