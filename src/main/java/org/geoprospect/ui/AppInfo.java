package org.geoprospect.ui;

/** Name and version shown in the About dialog. */
final class AppInfo {
    private AppInfo() {
    }

    /** The jar's implementation version, or "development build" when run from classes. */
    static String version() {
        String v = AppInfo.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0 (development build)";
    }
}
