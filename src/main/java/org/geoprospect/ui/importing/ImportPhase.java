package org.geoprospect.ui.importing;

/** Where an import dialog stands. */
public enum ImportPhase {
    /** The file is being read for the preview. */
    PREVIEWING,
    /** The preview could not be made; the error says why, nothing can be imported. */
    PREVIEW_FAILED,
    /** The preview is shown; the user may edit the settings and import. */
    READY,
    /** The import runs; it can be cancelled. */
    IMPORTING,
    /** The import finished; the result is shown. */
    DONE
}
