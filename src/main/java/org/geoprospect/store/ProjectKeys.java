package org.geoprospect.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passphrases of encrypted projects (H2 {@code CIPHER=AES}: the whole file is encrypted, so names,
 * emails and phone numbers are never on disk in plain text). A passphrase is asked once per project
 * folder through the registered {@link PassphraseSource} (the command line reads an environment
 * variable or the console, the desktop app shows a dialog) and kept in memory for the process.
 *
 * <p>Thread-safe.
 */
public final class ProjectKeys {
    /** How an encrypted project's passphrase is obtained when it is first needed. */
    @FunctionalInterface
    public interface PassphraseSource {
        /** The passphrase of the project in {@code projectDir}, or empty when the user gives none. */
        Optional<char[]> ask(Path projectDir);
    }

    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final Map<Path, char[]> KEYS = new ConcurrentHashMap<>();
    private static volatile PassphraseSource source = dir -> Optional.empty();

    private ProjectKeys() {
    }

    /** Sets where passphrases come from (the command line or the desktop app sets it at start-up). */
    public static void setSource(PassphraseSource passphraseSource) {
        source = passphraseSource;
    }

    /** Keeps the passphrase of a project for this process (e.g. right after the user typed it). */
    public static void remember(Path projectDir, char[] passphrase) {
        KEYS.put(key(projectDir), passphrase.clone());
    }

    /** Forgets a project's passphrase (e.g. after it failed to open the project). */
    public static void forget(Path projectDir) {
        char[] old = KEYS.remove(key(projectDir));
        if (old != null) {
            Arrays.fill(old, '\0');
        }
    }

    /** Whether the project's database file is encrypted (its first bytes are H2's encryption header). */
    public static boolean isEncrypted(Path projectDir) {
        Path file = projectDir.resolve(ProjectDatabase.DATABASE_FILE_NAME);
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The JDBC password for the project: H2 takes "file-password user-password"; the user password is
     * empty. Asks the source once when no passphrase is known.
     *
     * @throws ProjectOpenException {@code PASSPHRASE_NEEDED} when none is given
     */
    static String jdbcPassword(Path projectDir, boolean encrypted) {
        if (!encrypted) {
            return "";
        }
        char[] passphrase = KEYS.get(key(projectDir));
        if (passphrase == null) {
            passphrase = source.ask(projectDir).orElseThrow(() -> new ProjectOpenException(
                    ProjectOpenException.Reason.PASSPHRASE_NEEDED, "The project in " + projectDir
                    + " is encrypted; give its passphrase (set GEOPROSPECT_PASSPHRASE, or type it when asked)."));
            remember(projectDir, passphrase);
        }
        return new String(passphrase) + " ";
    }

    /** Whether a passphrase is known for the project. */
    static boolean known(Path projectDir) {
        return KEYS.containsKey(key(projectDir));
    }

    private static Path key(Path projectDir) {
        return projectDir.toAbsolutePath().normalize();
    }
}
