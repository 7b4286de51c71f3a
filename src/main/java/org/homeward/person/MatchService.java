package org.homeward.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLog;
import org.homeward.matching.Candidate;
import org.homeward.matching.Matcher;
import org.homeward.matching.Reason;
import org.homeward.matching.Threshold;
import org.homeward.platform.FieldError;
import org.homeward.platform.Messages;
import org.homeward.platform.Role;
import org.homeward.platform.Validation;

/**
 * The possible matches a caseworker or supervisor is shown: of a registered person (the case page,
 * the API) and of a form not yet saved (registration, the API). The matcher answers for the whole
 * registry; here its answer is cut to the caller's record scope, so nobody learns of a case they may
 * not see from a list of matches.
 */
@Stateless
public class MatchService {

    /** The most matches listed: more would not be read. */
    public static final int LIMIT = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Matcher matcher;

    @Inject
    ReadablePersons readablePersons;

    @Inject
    Validation validation;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    /** The possible matches of a registered person; 404 when there is none, 403 when outside the caller's scope. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<PossibleMatch> of(long personId, Locale locale) {
        readablePersons.require(personId);
        return logged(personId, visible(matcher.candidatesOf(personId, LIMIT * 4), locale));
    }

    /** The possible matches of a person described in a form; 400 naming the field when the form cannot be matched. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<PossibleMatch> of(PersonDetails details, Locale locale) {
        List<FieldError> errors = new ArrayList<>(validation.check(details.getNames()));
        errors.addAll(validation.check(details.getBirth()));
        errors.addAll(details.getBirth().problems());
        Validation.reject(errors.stream().map(PersonDetails::named).toList());
        return logged(null, visible(matcher.candidates(MatchSubject.of(details), LIMIT * 4), locale));
    }

    /** A list of matches shows other people's data: it is in the access log like a search, with its count only. */
    private List<PossibleMatch> logged(Long personId, List<PossibleMatch> matches) {
        accessLog.record(currentUser.getUsername(), AccessAction.RECORDS_SEARCHED, "person", personId,
                "matches: " + matches.size());
        return matches;
    }

    private List<PossibleMatch> visible(List<Candidate> candidates, Locale locale) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, Person> people = em.createQuery("select p from Person p join fetch p.office "
                        + "left join fetch p.assignedTo where p.id in :ids", Person.class)
                .setParameter("ids", candidates.stream().map(Candidate::personId).toList())
                .getResultStream().collect(Collectors.toMap(Person::getId, Function.identity()));
        Messages messages = Messages.in(locale);
        List<PossibleMatch> visible = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Person person = people.get(candidate.personId());
            if (person != null && readablePersons.mayRead(person) && visible.size() < LIMIT) {
                List<PossibleMatch.Finding> findings = new ArrayList<>();
                for (Reason reason : candidate.reasons()) {
                    findings.add(new PossibleMatch.Finding(reason.messageKey(),
                            messages.get(reason.messageKey(), reason.arguments().toArray())));
                }
                visible.add(new PossibleMatch(person.getId(), person.getCaseNumber(), person.getNames().getFamilyName(),
                        person.getNames().getGivenName(), person.getNames().getPatronymic(),
                        person.getBirth().getDateOfBirth(), person.getOffice().getCode(), candidate.score(),
                        candidate.score() >= Threshold.LIKELY,
                        findings.stream().map(PossibleMatch.Finding::text).collect(Collectors.joining("; ")), findings));
            }
        }
        return visible;
    }
}
