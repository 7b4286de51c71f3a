package org.homeward.export;

import java.time.Instant;

/** An export job as its owner sees it (page and API): state, progress, and what it was for. */
public record ExportJobRecord(long id, ExportProfile profile, ExportState state, int progress, long rowsExpected,
                            long rowsWritten, String filters, String purpose, String agreement, boolean zipped,
                            Instant createdAt, Instant finishedAt, Instant expiresAt, String failure) {

    static ExportJobRecord of(ExportJob job, String agreement) {
        int progress = job.getState() == ExportState.DONE ? 100
                : job.getRowsExpected() <= 0 ? 0
                : (int) Math.min(99, job.getRowsWritten() * 100 / job.getRowsExpected());
        return new ExportJobRecord(job.getId(), job.getProfile(), job.getState(), progress, job.getRowsExpected(),
                job.getRowsWritten(), job.getFilters(), job.getPurpose(), agreement, job.isZipped(), job.getCreatedAt(),
                job.getFinishedAt(), job.getExpiresAt(), failure(job));
    }

    /**
     * Why a failed job failed, as a code: {@code SERVER_STOPPED} when its server stopped while it ran,
     * {@code DISK_FULL} when its file did not fit on the export directory's disk, {@code ERROR} otherwise
     * (the server's log has the cause; it may quote data, so the user is not shown it).
     */
    private static String failure(ExportJob job) {
        if (job.getState() != ExportState.FAILED) {
            return null;
        }
        String why = job.getFailure();
        return ExportJob.SERVER_STOPPED.equals(why) || ExportJob.DISK_FULL.equals(why) ? why : "ERROR";
    }

    public boolean isDownloadable() {
        return state == ExportState.DONE;
    }

    public boolean isCancellable() {
        return !state.finished() || state == ExportState.DONE;
    }
}
