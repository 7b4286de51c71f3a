package org.homeward.matching;

import java.util.List;
import java.util.Map;

/**
 * Finds the registered people who may be the one described, from indexed keys (never by reading the
 * whole registry), best first. It sees the whole registry: callers show a caller only the candidates
 * in that caller's record scope. Candidates are those scoring at least {@link Threshold#POSSIBLE}; from
 * {@link Threshold#LIKELY} they are likely the same person. The registry's implementation is
 * {@code person.RegistryMatcher}, open to every caller and to background jobs without one.
 */
public interface Matcher {

    /** The likely matches of a description, best first, at most {@code limit}. */
    List<Candidate> candidates(Description who, int limit);

    /**
     * {@link #candidates} of each of these descriptions, the same answer for each, found together (what the
     * preview of a list asks, a batch of rows at a time); in their order.
     */
    List<List<Candidate>> candidatesOfAll(List<Description> who, int limit);

    /** The likely matches of a registered person, the person itself left out, best first, at most {@code limit}. */
    List<Candidate> candidatesOf(long personId, int limit);

    /**
     * {@link #candidatesOf} of each of these registered people, the same answer for each, found together
     * (what a scan of the registry asks, a page of people at a time); people that do not exist are left out.
     */
    Map<Long, List<Candidate>> candidatesOfEach(List<Long> personIds, int limit);
}
