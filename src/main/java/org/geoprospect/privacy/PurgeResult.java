package org.geoprospect.privacy;

/**
 * What a purge did.
 *
 * @param plan    the households found past retention
 * @param deleted how many were deleted (equals the plan's count unless some vanished meanwhile)
 */
public record PurgeResult(PurgePlan plan, long deleted) {
}
