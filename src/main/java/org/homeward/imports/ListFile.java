package org.homeward.imports;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homeward.platform.Csv;
import org.homeward.platform.FieldError;

/**
 * A list file as it was sent, read into its header and rows: the encoding said or found (UTF-8 with or
 * without the byte-order mark, Windows-1251, KOI8-U), the delimiter found in the header (comma,
 * semicolon, tab). A file that cannot be read at all has a {@link #problem} naming {@code file}; a row
 * that cannot be read stops the reading there ({@link #stoppedAt} its line) with a problem naming it.
 */
public record ListFile(String charset, char delimiter, List<String> header, List<ListRow> rows, FieldError problem,
        long stoppedAt) {

    /** The encodings a list may come in, as the user may choose them. */
    public static final List<String> CHARSETS = List.of("UTF-8", "windows-1251", "KOI8-U");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public ListFile {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One row of the list: its line in the file (the header is line 1) and its cells as written. */
    public record ListRow(long line, List<String> cells) {
        public ListRow {
            cells = List.copyOf(cells);
        }
    }

    private static ListFile refused(String charset, String messageKey, Object... arguments) {
        return new ListFile(charset, ',', List.of(), List.of(), FieldError.of("file", messageKey, arguments), 0);
    }

    /** Reads the file; {@code chosenCharset} is the user's choice of encoding, null to find it. */
    public static ListFile read(byte[] bytes, String chosenCharset) {
        if (bytes.length == 0) {
            return refused(null, "import.file.empty");
        }
        if (looksBinary(bytes)) {
            return refused(null, "import.file.binary");
        }
        boolean bom = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, UTF8_BOM, 0, 3);
        String charset = chosenCharset != null ? chosenCharset : bom ? "UTF-8" : detect(bytes);
        if (charset == null) {
            return refused(null, "import.file.encodingUnknown");
        }
        if (!CHARSETS.contains(charset)) {
            return refused(charset, "import.charset.unknown", charset);
        }
        String text;
        try {
            text = Charset.forName(charset).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0))).toString();
        } catch (CharacterCodingException e) {
            return refused(charset, "import.file.notInEncoding", charset);
        }
        return parse(charset, text);
    }

    /**
     * UTF-8 when the bytes are valid UTF-8 (a file in a single-byte Cyrillic encoding practically
     * never is); otherwise the more likely of the two Cyrillic single-byte encodings by ICU's letter
     * statistics. ICU knows KOI8-R, whose letters KOI8-U keeps and to which it adds і, ї, є and ґ: read
     * as KOI8-U, Russian and Ukrainian lists alike come out right.
     */
    private static String detect(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return "UTF-8";
        } catch (CharacterCodingException notUtf8) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes);
            for (CharsetMatch match : detector.detectAll()) {
                String name = match.getName().toUpperCase(Locale.ROOT);
                if (name.equals("WINDOWS-1251")) {
                    return "windows-1251";
                }
                if (name.equals("KOI8-R")) {
                    return "KOI8-U";
                }
            }
            return null;
        }
    }

    /** Control characters other than tab and line ends do not occur in a text list; NUL never does. */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return controls * 100 > sample;
    }

    /** The delimiter the header line uses most outside quotes: comma, semicolon or tab. */
    static char delimiterOf(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    private static ListFile parse(String charset, String text) {
        char delimiter = delimiterOf(text);
        List<String> header = null;
        List<ListRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(Csv.reading(delimiter)).get()) {
            var records = parser.iterator();
            while (true) {
                long lineBefore = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    // Commons CSV stops at a quote left open: nothing after it can be told apart.
                    return new ListFile(charset, delimiter, header == null ? List.of() : header, rows,
                            FieldError.of("row", "import.file.quoteOpen", lineBefore), lineBefore);
                }
                List<String> cells = record.toList().stream().map(String::strip).toList();
                if (header == null) {
                    header = cells;
                } else if (!cells.stream().allMatch(String::isEmpty)) {
                    rows.add(new ListRow(lineBefore, cells));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            return refused(charset, "import.file.empty");
        }
        return new ListFile(charset, delimiter, header, rows, null, 0);
    }
}
