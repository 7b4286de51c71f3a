package org.homeward.duplicates;

import java.time.Instant;

/**
 * A scan's progress as its page and the API show it: people read of the total (and as per cent), pairs
 * queued.
 */
public record ScanRecord(long id, ScanState state, String startedBy, Instant startedAt, Instant finishedAt,
                         long total, long done, int percent, long queued, boolean cancelRequested) {

    static ScanRecord of(DuplicateScan scan) {
        long total = scan.getTotal();
        int percent = scan.getState() == ScanState.DONE || total == 0 ? (scan.getState() == ScanState.DONE ? 100 : 0)
                : (int) Math.min(100, scan.getDone() * 100 / total);
        return new ScanRecord(scan.getId(), scan.getState(), scan.getStartedBy(), scan.getCreatedAt(),
                scan.getFinishedAt(), total, scan.getDone(), percent, scan.getQueued(), scan.isCancelRequested());
    }
}
