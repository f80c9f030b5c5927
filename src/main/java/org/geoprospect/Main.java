package org.geoprospect;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.geoprospect.cli.GeoProspectCommand;

/**
 * Entry point of {@code geoprospect.jar}: with no argument (or {@code gui [--project DIR]}) it opens
 * the desktop application; with a command it runs headless and never starts the JavaFX toolkit.
 *
 * <p>This class must not extend javafx.application.Application: a fat jar whose main class does
 * cannot start on the class path. The desktop launcher is reached through {@link DesktopEntry},
 * which the JVM loads only when the desktop branch runs.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("gui")) {
            DesktopEntry.open(args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(GeoProspectCommand.execute(args, out, err));
    }
}
