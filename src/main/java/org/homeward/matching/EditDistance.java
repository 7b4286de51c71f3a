package org.homeward.matching;

/**
 * The number of typing slips between two keys: a letter left out, added, changed, or two neighbours
 * swapped (the optimal string alignment distance), which is what a hand-typed list gets wrong.
 */
final class EditDistance {

    private EditDistance() {
    }

    static int between(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }

    /** Whether two keys differ by no more slips than a typist makes in a word of their length. */
    static boolean typo(String a, String b) {
        int allowed = Math.max(a.length(), b.length()) <= 5 ? 1 : 2;
        return Math.abs(a.length() - b.length()) <= allowed && between(a, b) <= allowed;
    }
}
