package org.homeward.matching;

/**
 * The BGN/PCGN romanization of Russian (BGN 1944, PCGN 1947), in the plain ASCII form used for
 * English renderings of Russian names and for search keys: "Алексей" as "Aleksey", "Екатерина" as
 * "Yekaterina".
 *
 * <p>Е and Ё are written with a y (ye) at the beginning of a word and after a vowel, Й, Ъ or Ь, and
 * without it elsewhere, as the system says. The system's Ë loses its diaeresis rather than becoming
 * "yo": Russians mostly type Е for Ё anyway, so "Соловьёв" and "Соловьев" are both "Solovyev" and
 * find each other. The hard and soft signs are not written (the system's apostrophes) and no
 * interpunct separates letters that could be read as one sound ("тс", "шч"). Ukrainian letters in a
 * Russian spelling are written as the nearest Russian sound (І i, Ї yi, Є ye, Ґ g), and a Ukrainian
 * apostrophe counts as the hard sign. Anything that is not Cyrillic stays as it is.
 */
public final class RussianTransliteration {

    private RussianTransliteration() {
    }

    /** The text in Latin letters, "Юрий" as "Yuriy"; null for null. */
    public static String latin(String text) {
        return Transliteration.latin(text, RussianTransliteration::letter);
    }

    private static String letter(char letter, char previous) {
        return switch (letter) {
            case 'а' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г', 'ґ' -> "g";
            case 'д' -> "d";
            case 'е', 'ё' -> iotated(previous) ? "ye" : "e";
            case 'є' -> "ye";
            case 'ж' -> "zh";
            case 'з' -> "z";
            case 'и', 'і' -> "i";
            case 'ї' -> "yi";
            case 'й', 'ы' -> "y";
            case 'к' -> "k";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н' -> "n";
            case 'о' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у' -> "u";
            case 'ф' -> "f";
            case 'х' -> "kh";
            case 'ц' -> "ts";
            case 'ч' -> "ch";
            case 'ш' -> "sh";
            case 'щ' -> "shch";
            case 'ъ', 'ь' -> "";
            case 'э' -> "e";
            case 'ю' -> "yu";
            case 'я' -> "ya";
            default -> null;
        };
    }

    /** Where Е and Ё are pronounced with a y before them, and the system writes it. */
    private static boolean iotated(char previous) {
        return switch (previous) {
            case 0, 'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'і', 'ї', 'є',
                    'й', 'ъ', 'ь', Transliteration.APOSTROPHE -> true;
            default -> false;
        };
    }
}
