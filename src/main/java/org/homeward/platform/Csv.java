package org.homeward.platform;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV writer of Homeward (exports for partners, the audit CSV): RFC 4180 through Commons CSV,
 * rows ending with CRLF, every text field quoted with quotes doubled, numbers left bare so that a
 * spreadsheet reads them as numbers. A text field that a spreadsheet would run as a formula (first
 * character {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return; OWASP "CSV injection")
 * is prefixed with an apostrophe so that it is shown as text. Numbers and dates are never changed.
 */
public final class Csv implements Closeable, Flushable {

    /** Excel reads a file as UTF-8 only when it starts with this mark. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setQuoteMode(QuoteMode.NON_NUMERIC)
            .setRecordSeparator("\r\n")
            .get();

    /**
     * How Homeward reads the CSV files it is given (imported lists): the same RFC 4180 dialect as it
     * writes, with the delimiter the file uses, and lines of any ending.
     */
    public static CSVFormat reading(char delimiter) {
        return FORMAT.builder().setDelimiter(delimiter).setRecordSeparator(null).setQuoteMode(null)
                .setIgnoreEmptyLines(true).get();
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** Where the lines go: text, or (a file) the UTF-8 bytes of each line; the other is null. */
    private final Appendable text;
    private final OutputStream bytes;

    /**
     * Commons CSV prints each row into this builder, which then goes out in one call: a {@code Writer}'s
     * every call takes its lock, and a row is some hundred small appends. The format prints straight
     * into it: a {@code CSVPrinter} would take a lock of its own for every field, and a writer is used by
     * one thread at a time anyway.
     */
    private final StringBuilder line = new StringBuilder(256);

    private Csv(Appendable text, OutputStream bytes) {
        this.text = text;
        this.bytes = bytes;
    }

    /** A writer of rows to {@code out}, which it closes when closed; with the byte-order mark first when asked. */
    public static Csv to(Appendable out, boolean byteOrderMark) {
        try {
            if (byteOrderMark) {
                out.append(BYTE_ORDER_MARK);
            }
            return new Csv(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A writer of rows to {@code out} in UTF-8, which it closes when closed. Each line is encoded at once
     * by {@code String.getBytes}, which costs a large export a good part less than a {@code Writer}'s
     * encoder working through its buffer.
     */
    public static Csv to(OutputStream out, boolean byteOrderMark) {
        try {
            if (byteOrderMark) {
                out.write(String.valueOf(BYTE_ORDER_MARK).getBytes(StandardCharsets.UTF_8));
            }
            return new Csv(null, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line, ending with CRLF. */
    public static String line(List<?> fields) {
        StringBuilder text = new StringBuilder();
        to(text, false).row(fields);
        return text.toString();
    }

    public void row(List<?> fields) {
        row(fields.toArray());
    }

    /** One row; the array is only read, so an export reuses one for every row of a million. */
    public void row(Object... fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                FORMAT.print(cell(fields[i]), line, i == 0);
            }
            endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endRow() throws IOException {
        FORMAT.println(line);
        if (bytes != null) {
            bytes.write(line.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            text.append(line);
        }
        line.setLength(0);
    }

    /** What is written for a value: numbers as they are, dates in ISO form, text made safe. */
    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof TemporalAccessor || value instanceof Boolean || value instanceof Enum<?>) {
            return value.toString();
        }
        return neutralised(value.toString());
    }

    static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The field as it appears in a line. */
    static String field(Object value) {
        String line = line(List.of(value == null ? "" : value));
        return line.substring(0, line.length() - 2);
    }

    @Override
    public void flush() {
        try {
            if (bytes != null) {
                bytes.flush();
            } else if (text instanceof Flushable flushable) {
                flushable.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (bytes != null) {
                bytes.close();
            } else if (text instanceof Closeable closeable) {
                closeable.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
