/**
 * Sales tours: visit order, day plans and the tour pack.
 *
 * <p><b>Visit order</b> ({@link org.geoprospect.tour.TourSolver}, {@link org.geoprospect.tour.VisitOrder}):
 * iterated local search. Nearest-neighbour construction over 10-nearest-neighbour lists; descent by
 * 2-opt and Or-opt (segments of 1–3 places, both orientations) with a queue of "dirty" places
 * (don't-look bits); then rounds of a local double-bridge kick (two adjacent random blocks of 1–50
 * places swap) followed by a descent from the six touched places, keeping the round when the tour
 * is not longer and undoing it otherwise. Open paths (start ≠ end) add one dummy place, free from
 * start and end and prohibitively expensive from elsewhere. Deterministic for a seed and an
 * iteration count; interactive calls use a time budget and stop after 200,000 rounds without gain.
 *
 * <p>Measured on this 2-core machine with the interactive budgets (1 s up to 300 places, 5 s
 * above): eil51, berlin52, kroA100, ch150 and a280 reach their published optima; pr1002 is 0.68%
 * above (260,794 vs 259,045). See the TSPLIB README under the test resources.
 *
 * <p><b>Travel</b>: straight line × detour factor (1.3) by default
 * ({@link org.geoprospect.tour.EuclideanCost}); with a project layer named {@code roads}, shortest
 * paths over an in-memory graph of its lines ({@link org.geoprospect.tour.RoadNetwork}, whose
 * Javadoc lists the simplifications). The maps draw straight legs between stops even when the
 * distances follow roads.
 *
 * <p><b>Days</b> ({@link org.geoprospect.tour.DayPlanner}): one path through all stops, cut greedily
 * into days by the visit limit and the working hours (every day starts at the start at day-start and
 * must reach the end by day-end; visits take a fixed time; one speed), each day re-optimised. "Opening
 * hours" are that one window for all stops; per-stop windows are not modelled.
 *
 * <p><b>Pack</b> ({@link org.geoprospect.tour.TourPackWriter}): stops CSV (safe CSV writer, atomic),
 * PDF (for each day its map, a map layout as every printed map — title, date, legend of what it draws, scale
 * bar, north arrow, credits, in embedded Liberation Sans —, then its detail maps, four to a page; then the
 * contact sheet, in Standard 14 Helvetica, WinAnsi), overview PNG, written with exactly the days, order and
 * times given. Detail maps
 * ({@link org.geoprospect.tour.StopExtracts}) show groups of nearby stops 800 m across (about 1:6,000
 * printed); numbers that would overlap are moved aside with a leader line
 * ({@link org.geoprospect.tour.NumberedDiscPlacement}); the sheet names each stop's page and detail map
 * and, where no address may be printed, its commune and WGS84 latitude, longitude. Words in French or
 * English ({@link org.geoprospect.tour.TourPackTexts}, interests as words). Personal fields arrive
 * approved by {@code privacy.FieldVisitContacts}.
 */
package org.geoprospect.tour;
