package org.geoprospect.index;

/** Receives the points a query finds: the point's id and its coordinates (no boxing). */
@FunctionalInterface
public interface PointVisitor {
    void visit(int id, double x, double y);
}
