package org.geoprospect.tour;

/** The costs among a subset of another cost's places, re-indexed 0..k-1. Immutable. */
final class SubsetCost implements TravelCost {
    private final TravelCost base;
    private final int[] places;

    SubsetCost(TravelCost base, int[] places) {
        this.base = base;
        this.places = places.clone();
    }

    @Override
    public int size() {
        return places.length;
    }

    @Override
    public double cost(int a, int b) {
        return base.cost(places[a], places[b]);
    }

    /** The base index of a subset index. */
    int place(int index) {
        return places[index];
    }
}
