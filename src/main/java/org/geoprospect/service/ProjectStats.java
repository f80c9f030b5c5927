package org.geoprospect.service;

/** How many records of each kind a project holds; field names are the {@code stats --json} keys. */
public record ProjectStats(long households, long clients, long competitors, long sectors, long layers) {
}
