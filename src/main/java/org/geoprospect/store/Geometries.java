package org.geoprospect.store;

import org.locationtech.jts.geom.Geometry;

/** Geometry checks shared by the repositories. */
final class Geometries {
    private Geometries() {
    }

    /**
     * Returns the geometry tagged with the project SRID, copying it when its SRID is 0 (unknown, read
     * as "already in the project CRS") so that the caller's object is not changed.
     *
     * @param where names the record for the error sentence, e.g. "feature 12 of layer 'roads'"
     * @throws IllegalArgumentException when the geometry carries another SRID (not reprojected)
     */
    static Geometry inProjectSrid(Geometry geometry, int projectSrid, String where) {
        if (geometry.getSRID() == projectSrid) {
            return geometry;
        }
        if (geometry.getSRID() != 0) {
            throw new IllegalArgumentException("The geometry of " + where + " is in EPSG:" + geometry.getSRID()
                    + " but the project is in EPSG:" + projectSrid + "; reproject it before saving.");
        }
        Geometry copy = geometry.copy();
        copy.setSRID(projectSrid);
        return copy;
    }
}
