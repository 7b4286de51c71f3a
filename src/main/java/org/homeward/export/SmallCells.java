package org.homeward.export;

/**
 * Small-cell suppression of a table of counts with its totals, so that nobody can pick out a handful
 * of people from an aggregate export. The table is given with its margins: the last column holds the
 * row totals, the last row the column totals, the corner the grand total.
 *
 * <p>Primary: every count from 1 to 4 (a total too) is suppressed. Secondary: a row or column (totals
 * included) with exactly one suppressed entry would give it away by subtraction, so another entry of that
 * line is suppressed too: the smallest non-zero count, else the line's total, else a zero; and again
 * until no line has exactly one. Every step suppresses one more entry, so it ends.
 */
public final class SmallCells {

    public static final int THRESHOLD = 5;

    private SmallCells() {
    }

    /** Which entries of the table (with margins) are to be shown as {@code <5}. */
    public static boolean[][] suppress(long[][] table) {
        int rows = table.length;
        int columns = table[0].length;
        boolean[][] hidden = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                hidden[r][c] = table[r][c] > 0 && table[r][c] < THRESHOLD;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                if (countRow(hidden, r) == 1) {
                    int c = pick(table, hidden, r, true);
                    hidden[r][c] = true;
                    changed = true;
                }
            }
            for (int c = 0; c < columns; c++) {
                if (countColumn(hidden, c) == 1) {
                    int r = pick(table, hidden, c, false);
                    hidden[r][c] = true;
                    changed = true;
                }
            }
        }
        return hidden;
    }

    private static int countRow(boolean[][] hidden, int r) {
        int n = 0;
        for (boolean h : hidden[r]) {
            n += h ? 1 : 0;
        }
        return n;
    }

    private static int countColumn(boolean[][] hidden, int c) {
        int n = 0;
        for (boolean[] row : hidden) {
            n += row[c] ? 1 : 0;
        }
        return n;
    }

    /** The entry of line {@code line} (a row, or a column) to suppress next. */
    private static int pick(long[][] table, boolean[][] hidden, int line, boolean isRow) {
        int length = isRow ? table[0].length : table.length;
        int total = length - 1;
        int best = -1;
        for (int i = 0; i < total; i++) {
            long value = isRow ? table[line][i] : table[i][line];
            boolean taken = isRow ? hidden[line][i] : hidden[i][line];
            if (!taken && value > 0 && (best < 0 || value < (isRow ? table[line][best] : table[best][line]))) {
                best = i;
            }
        }
        if (best >= 0) {
            return best;
        }
        if (!(isRow ? hidden[line][total] : hidden[total][line])) {
            return total;
        }
        for (int i = 0; i < total; i++) {
            if (!(isRow ? hidden[line][i] : hidden[i][line])) {
                return i;
            }
        }
        throw new IllegalStateException("a line with one suppressed entry has another to suppress");
    }
}
