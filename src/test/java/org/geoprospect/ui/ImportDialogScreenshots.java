package org.geoprospect.ui;

import static org.geoprospect.ui.ScreenshotDriver.onFx;
import static org.geoprospect.ui.ScreenshotDriver.shot;
import static org.geoprospect.ui.ScreenshotDriver.waitFor;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.geoprospect.service.CrsOption;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.ui.importing.CustomerImportDialog;
import org.geoprospect.ui.importing.LayerImportDialog;

/**
 * Not a test: drives the import dialogs on a real display (run under xvfb-run) and takes screenshots
 * with ImageMagick's {@code import -window root}, for a person to look at.
 * Usage: {@code java -cp geoprospect.jar:test-classes org.geoprospect.ui.ImportDialogScreenshots OUT_DIR PROJECT_DIR FIXTURES_DIR}.
 */
public final class ImportDialogScreenshots {
    private ImportDialogScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path project = Path.of(args[1]);
        Path fixtures = Path.of(args[2]);
        Files.createDirectories(out);
        Platform.startup(() -> { });
        Messages messages = Messages.forDefaultLocale();
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(messages);
            Stage stage = new Stage();
            w.show(stage);
            stage.setX(0);
            stage.setY(0);
            w.viewModel().load(ProjectSession.of(project, true));
            return w;
        });
        waitFor(() -> window.viewModel().importAvailableProperty().get(), 300);
        Thread.sleep(1500);
        String prefix = args.length > 3 ? args[3] : "";

        LayerImportDialog roads = onFx(() -> window.openLayerImport(fixtures.resolve("roads-noprj.shp")));
        onFx(() -> place(roads.stage()));
        waitFor(() -> roads.stage().getScene().lookup("#crsEvidence") instanceof javafx.scene.control.Label l
                && !l.getText().isEmpty(), 30);
        Thread.sleep(1500);
        shot(out, prefix + "import-layer-crs-required");
        onFx(() -> {
            ((TextField) roads.stage().getScene().lookup("#crsSearch")).setText("lambert 93");
            return null;
        });
        Thread.sleep(300);
        onFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<CrsOption> list = (ListView<CrsOption>) roads.stage().getScene().lookup("#crsResults");
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).code() == 2154) {
                    list.getSelectionModel().select(i);
                }
            }
            return null;
        });
        Thread.sleep(500);
        shot(out, prefix + "import-layer-crs-chosen");
        onFx(() -> {
            ((javafx.scene.control.Button) roads.stage().getScene().lookup("#importButton")).fire();
            return null;
        });
        waitFor(() -> roads.stage().getScene().lookup("#layerResult") instanceof javafx.scene.control.Label l
                && !l.getText().isEmpty(), 60);
        Thread.sleep(500);
        shot(out, prefix + "import-layer-done");
        onFx(() -> {
            roads.stage().close();
            return null;
        });
        Thread.sleep(2500);
        shot(out, prefix + "import-map-new-layer");

        LayerImportDialog communes = onFx(() -> window.openLayerImport(fixtures.resolve("communes4326.shp")));
        onFx(() -> place(communes.stage()));
        Thread.sleep(2500);
        shot(out, prefix + "import-layer-recognised");
        onFx(() -> {
            communes.stage().close();
            return null;
        });

        Path csv = out.resolve("foyers-crm.csv");
        Files.write(csv, String.join("\r\n",
                "Code anonyme;Code Postal;Ville;Centres d'intérêt;Consentement email;Date consentement email;Prénom;Nom;Courriel;Note interne",
                "F001;49000;Angers;picnic|mountain_bike;oui;12/03/2025;Zoé;Exemple;zoe.exemple@example.org;vu au salon",
                "F002;49300;Cholet;hiking;non;;;;;",
                "F003;99999;Nulle-part;picnic;non;;;;;",
                "F004;49400;Saumur;picnic;oui;31/02/2025;Léa;Fictif;lea@example.org;",
                "F005;49100;Angers;mountain_bike;non;;;;;",
                "").getBytes(Charset.forName("windows-1252")));
        CustomerImportDialog customers = onFx(() -> window.openCustomerImport(csv));
        onFx(() -> place(customers.stage()));
        Thread.sleep(3000);
        shot(out, prefix + "import-customers-preview");
        onFx(() -> {
            ((javafx.scene.control.Button) customers.stage().getScene().lookup("#importButton")).fire();
            return null;
        });
        waitFor(() -> customers.stage().getScene().lookup("#customerResult") instanceof javafx.scene.control.Label l
                && !l.getText().isEmpty(), 60);
        Thread.sleep(500);
        shot(out, prefix + "import-customers-done");
        Platform.exit();
        System.exit(0);
    }

    private static Void place(Stage stage) {
        stage.setX(150);
        stage.setY(60);
        return null;
    }
}
