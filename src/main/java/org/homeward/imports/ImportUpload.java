package org.homeward.imports;

import java.time.LocalDate;
import java.util.Map;
import org.homeward.person.Category;
import org.homeward.person.Side;
import org.homeward.person.SourceKind;

/**
 * A list as the user sends it: the file, where it came from ({@code source}, e.g. "other side's list of
 * 2026-07-23", recorded on every person it registers; {@code kind}, OTHER_SIDE_LIST unless said), the
 * encoding when the user chooses it (null: found), what its people are unless a column says otherwise,
 * and the user's changes to the column mapping (field to header), saved for the source when asked.
 */
public record ImportUpload(byte[] file, String fileName, String source, SourceKind kind, LocalDate receivedOn, String charset,
        Category category, Side side, Map<String, String> mapping, boolean saveMapping) {

    @Override
    public String toString() {
        return "ImportUpload[" + (file == null ? 0 : file.length) + " bytes]";
    }
}
