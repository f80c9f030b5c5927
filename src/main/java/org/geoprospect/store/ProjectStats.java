package org.geoprospect.store;

/**
 * How many records of each kind a project holds.
 *
 * @param households      anonymised households
 * @param contacts        households with stored personal fields
 * @param customerRecords customer-file records of every category (clients, former clients, prospects, suppliers…)
 * @param clients         customer-file records of category client only
 * @param competitors     competitors' outlets
 * @param sectors         commercial sectors
 * @param layers          vector layers
 */
public record ProjectStats(long households, long contacts, long customerRecords, long clients, long competitors,
        long sectors, long layers) {
}
