package org.geoprospect.service;

/**
 * How many records of each kind a project holds; field names are the {@code stats --json} keys.
 *
 * @param households  anonymised households (the prospect potential)
 * @param clients     customer-file contacts of category client — what the map's Clients layer and the
 *                    Target panel count by default
 * @param contacts    customer-file records of every category (clients, former clients, prospects,
 *                    suppliers, bankers, journalists, relations)
 * @param competitors competitors' outlets
 * @param sectors     commercial sectors
 * @param layers      vector map layers
 */
public record ProjectStats(long households, long clients, long contacts, long competitors, long sectors, long layers) {
}
