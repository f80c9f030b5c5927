package org.geoprospect.service;

/** What {@code generate-sample} wrote; field names are its {@code --json} keys. */
public record SampleSummary(String folder, long households, long contacts, long competitors, long seed) {
}
