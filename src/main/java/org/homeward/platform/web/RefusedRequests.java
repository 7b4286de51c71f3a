package org.homeward.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The log of requests refused as malformed (a postback with a view state nobody issued, without the
 * page's script nonce): expected from scanners, not faults. Each kind is written at most once per
 * quiet period, the next line saying how many more came in between, so that a scan cannot fill the
 * disk and a real fault is not drowned.
 */
final class RefusedRequests {

    static final Duration QUIET = Duration.ofMinutes(1);

    private final Clock clock;
    private final ConcurrentMap<String, Tally> kinds = new ConcurrentHashMap<>();

    RefusedRequests(Clock clock) {
        this.clock = clock;
    }

    /** Counts one refusal; the line to log now, or nothing while the kind is quiet. */
    Optional<String> refused(String kind) {
        Instant now = clock.instant();
        Tally tally = kinds.compute(kind, (k, last) -> last == null || !now.isBefore(last.since.plus(QUIET))
                ? new Tally(now, 0, last == null ? 0 : last.unlogged, true)
                : new Tally(last.since, last.unlogged + 1, 0, false));
        if (!tally.logNow) {
            return Optional.empty();
        }
        return Optional.of("refused a malformed request (" + kind + ")"
                + (tally.before == 0 ? "" : "; " + tally.before + " more since the last line")
                + "; further ones are counted for " + QUIET.toSeconds() + " s");
    }

    /** Since when the kind is quiet, how many came in that time, how many the line now reports. */
    private record Tally(Instant since, long unlogged, long before, boolean logNow) {
    }
}
