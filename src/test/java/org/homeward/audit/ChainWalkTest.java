package org.homeward.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeward.audit.ChainWalk.Link;
import org.homeward.audit.Verification.Broken;
import org.homeward.audit.Verification.Problem;
import org.junit.jupiter.api.Test;

/**
 * A walk along a chain finds the first link that does not hold and says what is wrong there. The
 * chain is built here as the notary builds it: ids 100, 101… sealed at positions 1, 2…
 */
class ChainWalkTest {

    private final Seal seal = new Seal("homeward-test-key".getBytes(StandardCharsets.UTF_8));

    @Test
    void anUntouchedChainHolds() {
        List<Link> chain = sealed(5);

        assertEquals(Optional.empty(), walk(chain, 5, chain.get(4).hmac()));
        assertEquals(5, walked(chain, 5, chain.get(4).hmac()).checked());
    }

    @Test
    void anEmptyChainHolds() {
        assertEquals(Optional.empty(), walk(List.of(), 0, Seal.GENESIS));
    }

    @Test
    void changedContentIsFoundAtItsPlace() {
        List<Link> chain = sealed(5);
        String head = chain.get(4).hmac();
        chain.set(2, withContent(chain.get(2), "person_aud\tfamily_name=X"));

        assertEquals(broken(3, 102L, Problem.CONTENT_CHANGED), walk(chain, 5, head));
        assertEquals(2, walked(chain, 5, head).checked());
    }

    @Test
    void changedContentOfTheLastLinkIsFound() {
        List<Link> chain = sealed(3);
        String head = chain.get(2).hmac();
        chain.set(2, withContent(chain.get(2), "changed"));

        assertEquals(broken(3, 102L, Problem.CONTENT_CHANGED), walk(chain, 3, head));
    }

    @Test
    void aReplacedSealIsToldFromChangedContent() {
        List<Link> chain = sealed(5);
        String head = chain.get(4).hmac();
        chain.set(1, withHmac(chain.get(1), "f".repeat(64)));

        assertEquals(broken(2, 101L, Problem.SEAL_ALTERED), walk(chain, 5, head));
    }

    @Test
    void aReplacedSealOfTheLastLinkIsToldByTheHead() {
        List<Link> chain = sealed(3);
        String head = chain.get(2).hmac();
        chain.set(2, withHmac(chain.get(2), "f".repeat(64)));

        assertEquals(broken(3, 102L, Problem.SEAL_ALTERED), walk(chain, 3, head));
    }

    @Test
    void aRemovedSealIsFound() {
        List<Link> chain = sealed(3);
        String head = chain.get(2).hmac();
        chain.set(1, withHmac(chain.get(1), null));

        assertEquals(broken(2, 101L, Problem.SEAL_ALTERED), walk(chain, 3, head));
    }

    @Test
    void aDeletedRowLeavesAGapAtItsPlace() {
        List<Link> chain = sealed(5);
        String head = chain.get(4).hmac();
        chain.remove(2);

        assertEquals(broken(3, null, Problem.ROW_DELETED), walk(chain, 5, head));
    }

    @Test
    void theFirstRowDeletedIsFound() {
        List<Link> chain = sealed(3);
        String head = chain.get(2).hmac();
        chain.remove(0);

        assertEquals(broken(1, null, Problem.ROW_DELETED), walk(chain, 3, head));
    }

    @Test
    void rowsDeletedAtTheEndAreFoundAgainstTheHead() {
        List<Link> chain = sealed(5);
        String head = chain.get(4).hmac();

        assertEquals(broken(4, null, Problem.ROW_DELETED), walk(chain.subList(0, 3), 5, head));
    }

    @Test
    void aReplacedHeadIsFound() {
        List<Link> chain = sealed(3);

        assertEquals(broken(3, 102L, Problem.SEAL_ALTERED), walk(chain, 3, "f".repeat(64)));
    }

    @Test
    void rowsRenumberedToCloseTheGapOfADeletedOneAreFound() {
        List<Link> chain = sealed(4);
        String head = chain.get(3).hmac();
        Link fourth = chain.get(3);
        chain.remove(3);
        chain.set(2, new Link(3, fourth.id(), fourth.content(), fourth.hmac()));

        assertEquals(broken(3, 103L, Problem.CONTENT_CHANGED), walk(chain, 3, head));
    }

    @Test
    void onlyTheFirstBreakIsReported() {
        List<Link> chain = sealed(5);
        String head = chain.get(4).hmac();
        chain.set(1, withContent(chain.get(1), "changed"));
        chain.remove(3);

        assertEquals(broken(2, 101L, Problem.CONTENT_CHANGED), walk(chain, 5, head));
    }

    private List<Link> sealed(int count) {
        List<Link> chain = new ArrayList<>();
        String previous = Seal.GENESIS;
        for (int position = 1; position <= count; position++) {
            String content = "entry\tid=" + (99 + position);
            previous = seal.next(previous, content);
            chain.add(new Link(position, 99 + position, content, previous));
        }
        return chain;
    }

    private Optional<Broken> walk(List<Link> links, long headPosition, String headHmac) {
        ChainWalk walk = new ChainWalk("revisions", seal);
        for (Link link : links) {
            Optional<Broken> broken = walk.follow(link);
            if (broken.isPresent()) {
                return broken;
            }
        }
        return walk.end(headPosition, headHmac);
    }

    private ChainWalk walked(List<Link> links, long headPosition, String headHmac) {
        ChainWalk walk = new ChainWalk("revisions", seal);
        links.forEach(walk::follow);
        walk.end(headPosition, headHmac);
        return walk;
    }

    private static Optional<Broken> broken(long position, Long id, Problem problem) {
        return Optional.of(new Broken("revisions", position, id, problem));
    }

    private static Link withContent(Link link, String content) {
        return new Link(link.position(), link.id(), content, link.hmac());
    }

    private static Link withHmac(Link link, String hmac) {
        return new Link(link.position(), link.id(), link.content(), hmac);
    }
}
