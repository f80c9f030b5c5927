package org.geoprospect.store;

import java.nio.file.Path;

/**
 * Test helper run in a second JVM: opens a project, prints "open", and keeps it open until its
 * standard input closes.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (ProjectDatabase database = ProjectDatabase.open(Path.of(args[0]))) {
            System.out.println("open " + database.projectSrid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
