package org.homeward.imports;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeward.matching.Reason;
import org.homeward.platform.FieldError;
import org.homeward.platform.Messages;

/**
 * An import as its user sees it: how the file was read and mapped, what the preview found, how far the
 * commit has got, and one page of its rows. Problems and reasons are message keys, read in the
 * reader's language by the page and the API.
 */
public record ImportRecord(long id, ImportState state, String source, String sourceKind, LocalDate receivedOn, String fileName,
        String charset, String delimiter, List<String> header, Map<String, String> mapping, long rowsTotal, long rowsNew,
        long rowsDuplicate, long rowsError, long rowsCommitted, int progress, String commitMode, Long roundId,
        long rowsNominated, long rowsNotNominated, Reason failure, Instant createdAt, List<Row> rows, int page, int size,
        long rowsListed) implements Serializable {

    /**
     * One row: its line in the file, what it is, its cells, its problems, whom it likely is, whom it became,
     * and, when the list was committed onto a round, what came of nominating its person (null otherwise).
     */
    public record Row(long line, RowState state, List<String> cells, List<FieldError> problems, Match duplicateOf,
            Long personId, Nomination nomination) implements Serializable {
    }

    /** What came of putting a row's person on the import's round: nominated, or why not, as a message key. */
    public record Nomination(boolean nominated, Reason reason) implements Serializable {

        public String words(Messages messages) {
            return messages.get(reason.messageKey(), reason.arguments().toArray());
        }
    }

    /**
     * The registered person a row likely is. The case number only when that case is in the reader's
     * scope; otherwise {@code outsideScope} and nothing that would name or find it. Or, with {@code line}
     * (and no person), the earlier row of the same list it likely repeats.
     */
    public record Match(Long personId, String caseNumber, boolean outsideScope, Long line, int score, List<Reason> reasons)
            implements Serializable {

        /** Whom the row likely is, in words: a case, a case outside the reader's scope, or an earlier row of the list. */
        public String description(Messages messages) {
            if (line != null) {
                // As text: a line number is no quantity to group in thousands.
                return messages.get("import.match.row", String.valueOf(line));
            }
            return outsideScope ? messages.get("import.match.outsideScope") : messages.get("import.match.case", caseNumber);
        }
    }
}
