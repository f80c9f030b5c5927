package org.geoprospect.privacy;

import java.util.Objects;
import java.util.function.Function;
import org.geoprospect.model.Household;

/**
 * Who exports and with what: recorded in the sidecar and the audit log.
 *
 * @param osUser     the operating-system user (see {@link #ofCurrentUser})
 * @param appVersion the application's version
 * @param sectorOf   the commercial sector's code of a household, or null; used by the sector column
 */
public record ExportContext(String osUser, String appVersion, Function<Household, String> sectorOf) {
    public ExportContext {
        Objects.requireNonNull(osUser, "osUser");
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(sectorOf, "sectorOf");
    }

    /** The current OS user ({@code user.name}), no sector lookup yet (the sector column stays empty). */
    public static ExportContext ofCurrentUser(String appVersion) {
        return new ExportContext(System.getProperty("user.name", "unknown"), appVersion, h -> null);
    }
}
