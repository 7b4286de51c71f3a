package org.homeward.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seal of an audit entry: HMAC-SHA256 over the previous seal and the entry's canonical content. */
class SealTest {

    private final Seal seal = new Seal("homeward-test-key".getBytes(StandardCharsets.UTF_8));

    @Test
    void isHmacSha256OfThePreviousSealANewlineAndTheContent() {
        // printf 'previous\ncontent' | openssl dgst -sha256 -hmac 'homeward-test-key'
        assertEquals("75ffc1b5a17cc17dc68808679147e343b4f64ebf8c294899c1e6994ca6be1903",
                seal.next("previous", "content"));
    }

    @Test
    void sealsTheFirstAccessEntryOntoTheGenesisAsComputedOutsideJava() {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("USERNAME", "o.koval");
        entry.put("ID", "7");
        entry.put("DETAIL", null);
        entry.put("ACTION", "SIGN_IN");
        entry.put("SEAL_SEQ", "1");
        entry.put("SEAL_HMAC", "ff");

        String content = Seal.accessEntry(entry);

        assertEquals("access_log_entry\taction=SIGN_IN\tdetail=\\N\tid=7\tusername=o.koval", content);
        // printf '%s\n%s' "$(printf '0%.0s' $(seq 64))" $'access_log_entry\taction=SIGN_IN\tdetail=\\N\tid=7\tusername=o.koval' \
        //   | openssl dgst -sha256 -hmac 'homeward-test-key'
        assertEquals("f530ff81f919d03d347252d1fdeb78fca7a8f2296964d9034832526753d5edfe", seal.next(Seal.GENESIS, content));
    }

    @Test
    void sameContentGivesTheSameSeal() {
        assertEquals(seal.next(Seal.GENESIS, Seal.accessEntry(entry("detail", "x"))),
                new Seal("homeward-test-key".getBytes(StandardCharsets.UTF_8))
                        .next(Seal.GENESIS, Seal.accessEntry(entry("detail", "x"))));
    }

    @Test
    void anyChangedFieldChangesTheSeal() {
        String original = seal.next(Seal.GENESIS, Seal.accessEntry(entry("detail", "x")));
        for (String column : entry("detail", "x").keySet()) {
            assertNotEquals(original, seal.next(Seal.GENESIS, Seal.accessEntry(entry(column, "changed"))), column);
            assertNotEquals(original, seal.next(Seal.GENESIS, Seal.accessEntry(entry(column, null))), column);
        }
    }

    @Test
    void theSameContentAfterAnotherSealGetsAnotherSeal() {
        String content = Seal.accessEntry(entry("detail", "x"));
        String first = seal.next(Seal.GENESIS, content);
        String second = seal.next(first, content);

        assertNotEquals(first, second);
        assertNotEquals(seal.next(second, content), seal.next(first, content));
    }

    @Test
    void anotherKeyGivesAnotherSeal() {
        String content = Seal.accessEntry(entry("detail", "x"));
        assertNotEquals(seal.next(Seal.GENESIS, content),
                new Seal("another-key".getBytes(StandardCharsets.UTF_8)).next(Seal.GENESIS, content));
    }

    @Test
    void aNullIsNotTheTextThatMarksIt() {
        assertNotEquals(Seal.accessEntry(entry("detail", null)), Seal.accessEntry(entry("detail", "\\N")));
    }

    @Test
    void noValueCanPassForAColumnOrRowBoundary() {
        Map<String, String> smuggled = entry("detail", "x\tusername=someone");
        smuggled.remove("username");
        Map<String, String> honest = entry("detail", "x");
        honest.put("username", "someone");

        assertNotEquals(Seal.accessEntry(honest), Seal.accessEntry(smuggled));
        assertEquals(1, Seal.accessEntry(entry("detail", "line\nbreak")).lines().count());
    }

    @Test
    void columnNamesAreReadTheSameInAnyCaseAndOrder() {
        Map<String, String> lower = new LinkedHashMap<>();
        lower.put("id", "7");
        lower.put("username", "o.koval");
        Map<String, String> upper = new LinkedHashMap<>();
        upper.put("USERNAME", "o.koval");
        upper.put("ID", "7");

        assertEquals(Seal.accessEntry(lower), Seal.accessEntry(upper));
    }

    @Test
    void aRevisionCoversItsOwnRowAndEveryAuditRowItWrote() {
        Map<String, String> revision = revision();
        String content = Seal.revision(revision, Map.of("person_aud", List.of(personRow("Koval"))));

        assertNotEquals(content, Seal.revision(revision, Map.of("person_aud", List.of(personRow("X")))));
        assertNotEquals(content, Seal.revision(revision, Map.of()));
        assertNotEquals(content, Seal.revision(revision,
                Map.of("person_aud", List.of(personRow("Koval")), "case_note_aud", List.of(Map.of("id", "3", "rev", "12")))));
        Map<String, String> otherReason = revision();
        otherReason.put("reason", "another reason");
        assertNotEquals(content, Seal.revision(otherReason, Map.of("person_aud", List.of(personRow("Koval")))));
    }

    @Test
    void aRevisionReadsTheSameWhateverOrderTheDatabaseReturnsRowsAndTables() {
        Map<String, String> firstRow = personRow("Koval");
        Map<String, String> secondRow = personRow("Shevchenko");
        secondRow.put("id", "43");
        List<Map<String, String>> notes = List.of(Map.of("id", "3", "rev", "12"));

        assertEquals(
                Seal.revision(revision(), Map.of("person_aud", List.of(firstRow, secondRow), "case_note_aud", notes)),
                Seal.revision(revision(), new java.util.TreeMap<>(Map.of("PERSON_AUD", List.of(secondRow, firstRow),
                        "CASE_NOTE_AUD", notes))));
    }

    @Test
    void theEndOfAVersionWrittenByALaterRevisionDoesNotChangeTheSeal() {
        Map<String, String> ended = personRow("Koval");
        ended.put("revend", "20");
        ended.put("REVEND_TSTMP", "2026-03-02T14:10:00Z");

        assertEquals(Seal.revision(revision(), Map.of("person_aud", List.of(personRow("Koval")))),
                Seal.revision(revision(), Map.of("person_aud", List.of(ended))));
    }

    @Test
    void refusesAnEmptyKey() {
        assertThrows(IllegalArgumentException.class, () -> new Seal(new byte[0]));
    }

    private static Map<String, String> entry(String column, String value) {
        Map<String, String> entry = new HashMap<>();
        entry.put("id", "7");
        entry.put("occurred_at", "2026-03-02T14:10:00Z");
        entry.put("username", "o.koval");
        entry.put("action", "RECORD_OPENED");
        entry.put("client_address", "10.0.0.1");
        entry.put("subject_type", "person");
        entry.put("subject_id", "42");
        entry.put("detail", "x");
        entry.put(column, value);
        return entry;
    }

    private static Map<String, String> revision() {
        Map<String, String> revision = new HashMap<>();
        revision.put("id", "12");
        revision.put("revision_time", "2026-03-02T14:10:00Z");
        revision.put("username", "o.koval");
        revision.put("client_address", "10.0.0.1");
        revision.put("reason", "identity verified against passport");
        return revision;
    }

    private static Map<String, String> personRow(String familyName) {
        Map<String, String> row = new HashMap<>();
        row.put("id", "42");
        row.put("rev", "12");
        row.put("revtype", "1");
        row.put("revend", null);
        row.put("family_name", familyName);
        return row;
    }
}
