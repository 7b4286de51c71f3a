package org.homeward.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chain's head as it was at a seal, kept outside the database: the chain, the place of its last
 * sealed entry and that entry's seal. Written as {@code chain:position:seal}, the form the anchor file
 * holds and the verification takes. A database whose chain now ends before that place, or holds another
 * seal there, lost entries after they were sealed: someone cut the newest entries and set the head back.
 */
public record ChainAnchor(String chain, long position, String hmac) {

    private static final Pattern TEXT = Pattern.compile("(revisions|access):([0-9]{1,18}):([0-9a-f]{64})");

    public ChainAnchor {
        Objects.requireNonNull(chain, "chain is required");
        Objects.requireNonNull(hmac, "seal is required");
    }

    /** The anchor written as text, or empty when the text is not one. */
    public static Optional<ChainAnchor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TEXT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ChainAnchor(matcher.group(1), Long.parseLong(matcher.group(2)), matcher.group(3)));
    }

    @Override
    public String toString() {
        return chain + ":" + position + ":" + hmac;
    }
}
