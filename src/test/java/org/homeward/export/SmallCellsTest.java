package org.homeward.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Small-cell suppression, checked as a property on thousands of generated tables: every count from 1 to
 * 4 is hidden, and someone who knows every shown count and every row and column total (the equations
 * "cells of a line add up to its total") cannot work out a single hidden count.
 */
class SmallCellsTest {

    @Test
    void aTableWithoutSmallCellsIsShownWhole() {
        long[][] table = withMargins(new long[][] {{10, 20}, {30, 0}});
        boolean[][] hidden = SmallCells.suppress(table);
        for (boolean[] row : hidden) {
            assertArrayEquals(new boolean[row.length], row);
        }
    }

    @Test
    void oneSmallCellTakesAnotherOfItsRowAndOfItsColumnWithIt() {
        long[][] table = withMargins(new long[][] {{3, 20, 7}, {30, 12, 9}});
        boolean[][] hidden = SmallCells.suppress(table);

        assertTrue(hidden[0][0]);
        assertTrue(hidden[0][2], "the smallest other count of the row");
        assertTrue(hidden[1][0] || hidden[1][2]);
        assertNoHiddenCountCanBeWorkedOut(table, hidden);
    }

    @Test
    void onGeneratedTablesNoHiddenCountCanBeWorkedOutFromTheTotals() {
        Random random = new Random(20261129L);
        for (int n = 0; n < 5_000; n++) {
            int rows = 1 + random.nextInt(7);
            int columns = 1 + random.nextInt(7);
            long[][] inner = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    // Mostly small: zeros, counts under five, and some large ones.
                    int kind = random.nextInt(10);
                    inner[r][c] = kind < 3 ? 0 : kind < 7 ? 1 + random.nextInt(4) : 5 + random.nextInt(200);
                }
            }
            long[][] table = withMargins(inner);
            boolean[][] hidden = SmallCells.suppress(table);
            String shown = describe(table);
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    if (table[r][c] > 0 && table[r][c] < 5) {
                        assertTrue(hidden[r][c], "a small count is shown in " + shown);
                    }
                }
            }
            assertNoHiddenCountCanBeWorkedOut(table, hidden);
        }
    }

    /**
     * The attacker: as long as some row or column (with its total) has a single unknown, they solve it
     * by subtraction and carry on with what they learnt. Nothing may be learnt at all.
     */
    static void assertNoHiddenCountCanBeWorkedOut(long[][] table, boolean[][] hidden) {
        int rows = table.length;
        int columns = table[0].length;
        boolean[][] unknown = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            unknown[r] = hidden[r].clone();
        }
        int solved = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int r = 0; r < rows; r++) {
                int count = 0;
                int at = -1;
                for (int c = 0; c < columns; c++) {
                    if (unknown[r][c]) {
                        count++;
                        at = c;
                    }
                }
                if (count == 1) {
                    unknown[r][at] = false;
                    solved++;
                    progress = true;
                }
            }
            for (int c = 0; c < columns; c++) {
                int count = 0;
                int at = -1;
                for (int r = 0; r < rows; r++) {
                    if (unknown[r][c]) {
                        count++;
                        at = r;
                    }
                }
                if (count == 1) {
                    unknown[at][c] = false;
                    solved++;
                    progress = true;
                }
            }
        }
        assertEquals(0, solved, "hidden counts worked out from the totals of " + describe(table));
    }

    static long[][] withMargins(long[][] inner) {
        int rows = inner.length;
        int columns = inner[0].length;
        long[][] table = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                table[r][c] = inner[r][c];
                table[r][columns] += inner[r][c];
                table[rows][c] += inner[r][c];
                table[rows][columns] += inner[r][c];
            }
        }
        return table;
    }

    private static String describe(long[][] table) {
        return java.util.Arrays.deepToString(table);
    }
}
