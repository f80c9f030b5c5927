package org.geoprospect.ui.map;

/** The map's selection tools (NONE: the mouse pans and clicks open detail cards). */
public enum SelectionTool {
    NONE, RECTANGLE, POLYGON, LASSO, RADIUS, SECTOR, COMMUNE
}
