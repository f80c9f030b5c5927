package org.geoprospect.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.geoprospect.service.Passphrases;
import org.geoprospect.service.UserFacingException;

/**
 * Passphrases of encrypted projects on the command line: from {@code GEOPROSPECT_PASSPHRASE}, else
 * typed on the console (not echoed). Scripts set the variable; people type.
 */
final class ConsolePassphrase {
    private ConsolePassphrase() {
    }

    /** Registers the command line's way of asking (called once, before a command runs). */
    static void install() {
        Passphrases.askWith(ConsolePassphrase::existing);
    }

    static Optional<char[]> existing(Path projectDir) {
        String fromEnvironment = System.getenv(Passphrases.ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] typed = console.readPassword("Passphrase of the encrypted project %s: ", projectDir);
        return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(typed);
    }

    /** A new project's passphrase: the variable, or typed twice on the console. */
    static char[] newPassphrase() {
        String fromEnvironment = System.getenv(Passphrases.ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new UserFacingException("--encrypt needs a passphrase: set " + Passphrases.ENVIRONMENT_VARIABLE
                    + " or run the command in a terminal to type it.");
        }
        char[] first = console.readPassword("New passphrase (8 characters or more): ");
        char[] second = console.readPassword("The same passphrase again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new UserFacingException("The two passphrases differ; run the command again.");
        }
        Arrays.fill(second, '\0');
        return first;
    }
}
