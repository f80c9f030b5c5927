package org.geoprospect.privacy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.HouseholdEntry;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;

/** A project in a temporary folder holding given households, for the privacy tests. */
final class ProjectFixture {
    private ProjectFixture() {
    }

    static ProjectDatabase create(Path dir, List<HouseholdEntry> entries) {
        ProjectDatabase database = ProjectDatabase.create(dir, Srids.LAMBERT_93, "Test project");
        new HouseholdRepository(database).upsertAll(entries.iterator(), ProgressMonitor.NONE);
        return database;
    }

    /**
     * Runs a statement on an open project from the test, to set up what the application cannot
     * (a sabotaged table, an old collection date). Same JVM, same URL: H2 shares the open database.
     */
    static void sql(ProjectDatabase database, String statement) throws SQLException {
        String url = "jdbc:h2:file:" + database.directory().resolve("project")
                + ";WRITE_DELAY=1000000000;FILE_LOCK=FILE;AUTO_SERVER=FALSE;TRACE_LEVEL_FILE=0";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
