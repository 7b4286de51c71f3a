package org.homeward.matching;

/**
 * The Ukrainian national transliteration, the one Ukrainian passports are written in: the table of
 * Cabinet of Ministers of Ukraine resolution No. 55 of 27 January 2010. Є, Ї, Й, Ю and Я are written
 * Ye, Yi, Y, Yu, Ya when they begin a word and ie, i, i, iu, ia inside it; "зг" is "zgh", so that it
 * is not read as "ж"; the soft sign and the apostrophe are not written. Anything that is not Cyrillic
 * stays as it is.
 *
 * <p>The resolution has no Ё, Ъ, Ы or Э, but Russian names reach Ukrainian registers too: they are
 * written like the Ukrainian letters of the same sound (Ё as "йо", Ъ as the apostrophe, Ы as И, Э as
 * Е), so that every Cyrillic name has one national Latin form.
 */
public final class UkrainianTransliteration {

    private UkrainianTransliteration() {
    }

    /** The text in Latin letters, "Олексій" as "Oleksii"; null for null. */
    public static String latin(String text) {
        return Transliteration.latin(text, UkrainianTransliteration::letter);
    }

    private static String letter(char letter, char previous) {
        boolean wordStart = previous == 0;
        return switch (letter) {
            case 'а' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г' -> previous == 'з' ? "gh" : "h";
            case 'ґ' -> "g";
            case 'д' -> "d";
            case 'е', 'э' -> "e";
            case 'є' -> wordStart ? "ye" : "ie";
            case 'ё' -> wordStart ? "yo" : "io";
            case 'ж' -> "zh";
            case 'з' -> "z";
            case 'и', 'ы' -> "y";
            case 'і' -> "i";
            case 'ї' -> wordStart ? "yi" : "i";
            case 'й' -> wordStart ? "y" : "i";
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
            case 'ь', 'ъ' -> "";
            case 'ю' -> wordStart ? "yu" : "iu";
            case 'я' -> wordStart ? "ya" : "ia";
            default -> null;
        };
    }
}
