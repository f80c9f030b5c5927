package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.ProjectKeys;
import org.geoprospect.store.ProjectOpenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project created encrypted holds no plain-text personal data on disk and opens only with its passphrase. */
class EncryptedProjectTest {
    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    @AfterEach
    void noPassphraseSource() {
        Passphrases.askWith(project -> Optional.empty());
    }

    @Test
    void theFileHoldsNoPlainTextNamesEmailsOrPhones() throws Exception {
        Path project = dir.resolve("secret");
        new ProjectService().create(project, true, null, PASSPHRASE.clone(), ProgressMonitor.NONE);
        assertTrue(Passphrases.isEncrypted(project));

        // Personal values that the demo file certainly holds (read from the committed sample itself): full
        // addresses, phones and emails — long enough that random encrypted bytes cannot contain them by chance.
        List<String> rows = Files.readAllLines(repoFile("sample-data/households.csv"), StandardCharsets.UTF_8);
        List<String> personal = rows.stream().skip(1).map(row -> row.split(",", -1)).filter(cells -> !cells[23].isEmpty())
                .limit(20).flatMap(cells -> java.util.stream.Stream.of(cells[19], cells[22], cells[23])).filter(value -> value.length() >= 10)
                .toList();
        assertTrue(personal.size() >= 40, personal.size() + " values");
        String bytes = new String(Files.readAllBytes(project.resolve("project.mv.db")), StandardCharsets.ISO_8859_1);
        String utf8 = new String(Files.readAllBytes(project.resolve("project.mv.db")), StandardCharsets.UTF_8);
        for (String value : personal) {
            assertFalse(bytes.contains(value) || utf8.contains(value), "plain text on disk: " + value.length() + " characters of a personal value");
        }
        assertFalse(bytes.contains("@example.org"));
        assertEquals(116, new ProjectService().stats(project).clients(), "the passphrase remembered in this process opens it");
    }

    @Test
    void openingNeedsTheRightPassphrase() throws Exception {
        Path project = dir.resolve("locked");
        new ProjectService().create(project, false, 2154, PASSPHRASE.clone(), ProgressMonitor.NONE);
        ProjectKeys.forget(project);

        Passphrases.askWith(p -> Optional.empty());
        ProjectOpenException none = assertThrows(ProjectOpenException.class, () -> new ProjectService().stats(project));
        assertEquals(ProjectOpenException.Reason.PASSPHRASE_NEEDED, none.reason());
        assertTrue(none.getMessage().contains("GEOPROSPECT_PASSPHRASE"), none.getMessage());

        Passphrases.askWith(p -> Optional.of("not the passphrase".toCharArray()));
        ProjectOpenException wrong = assertThrows(ProjectOpenException.class, () -> new ProjectService().stats(project));
        assertEquals(ProjectOpenException.Reason.WRONG_PASSPHRASE, wrong.reason());

        Passphrases.askWith(p -> Optional.of(PASSPHRASE.clone()));
        assertEquals(0, new ProjectService().stats(project).households());
    }

    @Test
    void aShortPassphraseIsRefused() {
        UserFacingException failure = assertThrows(UserFacingException.class, () ->
                new ProjectService().create(dir.resolve("short"), false, 2154, "abc".toCharArray(), ProgressMonitor.NONE));
        assertTrue(failure.getMessage().contains("8 characters"));
        assertFalse(Files.exists(dir.resolve("short/project.mv.db")));
    }

    private static Path repoFile(String relative) {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve(relative);
    }
}
