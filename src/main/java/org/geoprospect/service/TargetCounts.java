package org.geoprospect.service;

/**
 * What a target selects now: the number of households and of clients. Printed by {@code target save}
 * and {@code target run} as {@code {"name", "households", "clients"}}.
 */
public record TargetCounts(String name, long households, long clients) {
}
