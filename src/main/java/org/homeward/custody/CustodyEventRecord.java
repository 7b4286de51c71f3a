package org.homeward.custody;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A custody event as the case page and the API show it: its date written as far as it is known
 * (2026-04-12, 2026-04 or 2026) with that precision, and the source it rests on, if any.
 */
public record CustodyEventRecord(long id, String kind, String date, String precision, String place, Long sourceId,
                               String sourceKind, LocalDate sourceReceivedOn, String note, String recordedBy,
                               Instant recordedAt) implements java.io.Serializable {

    static CustodyEventRecord of(CustodyEvent event) {
        return new CustodyEventRecord(event.getId(), event.getKind().name(), event.getDate().text(),
                event.getDate().getPrecision().name(), event.getPlace(),
                event.getSource() == null ? null : event.getSource().getId(),
                event.getSource() == null ? null : event.getSource().getKind().name(),
                event.getSource() == null ? null : event.getSource().getReceivedOn(), event.getNote(),
                event.getRecordedBy(), event.getRecordedAt());
    }
}
