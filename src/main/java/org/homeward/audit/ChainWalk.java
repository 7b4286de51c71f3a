package org.homeward.audit;

import java.util.Optional;
import org.homeward.audit.Verification.Broken;
import org.homeward.audit.Verification.Problem;

/**
 * One walk along a chain, link by link in seal order, to the first link that does not hold. Each link
 * is given once and forgotten, so a log of any length is checked in the memory of one page.
 *
 * <p>When a seal does not match its content, either the content or the seal was changed; the next
 * link tells which, because it was sealed onto the original seal: if it matches the seal recomputed
 * from the content, the content is as it was and the seal was replaced.
 */
final class ChainWalk {

    /** One sealed row as read now: its place, its id, its content as text and its stored seal. */
    record Link(long position, long id, String content, String hmac) {
    }

    private record Suspect(Link link, String recomputed) {
    }

    private final String chain;
    private final Seal seal;
    private long position;
    private long lastId;
    private String previous = Seal.GENESIS;
    private Suspect suspect;
    private long checked;
    private Broken broken;

    ChainWalk(String chain, Seal seal) {
        this.chain = chain;
        this.seal = seal;
    }

    /** The next link in seal order; the break, once one is found (later links are then ignored). */
    Optional<Broken> follow(Link link) {
        if (broken != null) {
            return Optional.of(broken);
        }
        if (suspect != null) {
            boolean sealedOntoRecomputed = link.position() == suspect.link().position() + 1
                    && seal.next(suspect.recomputed(), link.content()).equals(link.hmac());
            return breakAt(suspect.link(), sealedOntoRecomputed ? Problem.SEAL_ALTERED : Problem.CONTENT_CHANGED);
        }
        if (link.position() != position + 1) {
            return breakAt(position + 1, null, Problem.ROW_DELETED);
        }
        if (link.hmac() == null) {
            return breakAt(link, Problem.SEAL_ALTERED);
        }
        String recomputed = seal.next(previous, link.content());
        if (!recomputed.equals(link.hmac())) {
            suspect = new Suspect(link, recomputed);
            return Optional.empty();
        }
        checked++;
        position = link.position();
        lastId = link.id();
        previous = link.hmac();
        return Optional.empty();
    }

    /**
     * The end of the walk at the chain's head, as it was read before the walk: the last place given and
     * its seal. Rows missing at the end and a replaced head show only here.
     */
    Optional<Broken> end(long headPosition, String headHmac) {
        if (broken != null) {
            return Optional.of(broken);
        }
        if (suspect != null) {
            boolean headOnRecomputed = suspect.link().position() == headPosition && suspect.recomputed().equals(headHmac);
            return breakAt(suspect.link(), headOnRecomputed ? Problem.SEAL_ALTERED : Problem.CONTENT_CHANGED);
        }
        if (position < headPosition) {
            return breakAt(position + 1, null, Problem.ROW_DELETED);
        }
        if (!previous.equals(headHmac)) {
            return breakAt(position, position == 0 ? null : lastId, Problem.SEAL_ALTERED);
        }
        return Optional.empty();
    }

    /** How many links were found as they were sealed. */
    long checked() {
        return checked;
    }

    private Optional<Broken> breakAt(Link link, Problem problem) {
        return breakAt(link.position(), link.id(), problem);
    }

    private Optional<Broken> breakAt(long at, Long id, Problem problem) {
        broken = new Broken(chain, at, id, problem);
        return Optional.of(broken);
    }
}
