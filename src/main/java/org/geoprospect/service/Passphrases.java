package org.geoprospect.service;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.geoprospect.store.ProjectKeys;

/**
 * Where the passphrases of encrypted projects come from, for the front ends: the command line reads
 * {@code GEOPROSPECT_PASSPHRASE} or asks on the console; the desktop app asks in a dialog.
 */
public final class Passphrases {
    /** The environment variable the command line reads an encrypted project's passphrase from. */
    public static final String ENVIRONMENT_VARIABLE = "GEOPROSPECT_PASSPHRASE";

    private Passphrases() {
    }

    /** Registers how to ask for a project's passphrase when it is first needed in this process. */
    public static void askWith(Function<Path, Optional<char[]>> asker) {
        ProjectKeys.setSource(asker::apply);
    }

    /** Whether the project in {@code dir} is encrypted. */
    public static boolean isEncrypted(Path dir) {
        return ProjectKeys.isEncrypted(dir);
    }
}
