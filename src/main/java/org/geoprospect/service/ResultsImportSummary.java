package org.geoprospect.service;

import java.util.List;

/**
 * What importing a results file did.
 *
 * @param read          data rows read
 * @param stored        events added to the contact history
 * @param duplicates    rows already in the history (a re-import), not added again
 * @param byCode        rows matched by anonymous or client code
 * @param byEmail       rows matched by e-mail
 * @param byPhone       rows matched by phone
 * @param objections    objections recorded (unsubscribes and "do not call")
 * @param objectionIds  their ids, so that the app can take them back (Undo)
 * @param rejected      rows left out (bad cells, unknown outcome, nobody matched)
 * @param rejectsFile   the rejects file written beside the source, or null when none was rejected
 */
public record ResultsImportSummary(long read, int stored, int duplicates, long byCode, long byEmail, long byPhone,
                                   int objections, List<Long> objectionIds, long rejected, String rejectsFile) {
    public ResultsImportSummary {
        objectionIds = List.copyOf(objectionIds);
    }
}
