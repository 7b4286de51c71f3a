package org.homeward.matching;

import java.io.Serializable;
import java.util.List;

/**
 * One finding of comparing two people, as a key of the application's message bundles and its
 * arguments, so that it reads in English and in Ukrainian: "family name: same after transliteration
 * (Shevchenko)", "given name: Russian form of Олексій", "born: same year, day and month swapped".
 */
public record Reason(String messageKey, List<String> arguments) implements Serializable {

    public Reason {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
