package org.homeward.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.homeward.audit.ChangeReason;
import org.homeward.audit.LastChange;
import org.homeward.person.InformationSource;
import org.homeward.person.Person;
import org.homeward.person.ReadablePersons;
import org.homeward.platform.ConcurrentSave;
import org.homeward.platform.FieldError;
import org.homeward.platform.FreeText;
import org.homeward.platform.Validation;

/**
 * Status changes by hand, on the case page or through the API, and the status history of a case. The
 * moves an exchange round makes go through the round.
 */
@Stateless
public class WorkflowService {

    static final int MAX_REASON = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReadablePersons readablePersons;

    @Inject
    CurrentUser currentUser;

    @Inject
    StatusLedger ledger;

    @Inject
    LastChange lastChange;

    @Inject
    ChangeReason changeReason;

    /** A status the user may move the case to, and what the move asks of them. */
    public record Choice(RepatriationStatus to, boolean reasonRequired, boolean closing) {
    }

    /** The case's status and the moves this user may make from it. */
    public record StatusChoices(RepatriationStatus current, boolean remains, long version, List<Choice> choices) {
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public StatusChoices choices(long personId) {
        Person person = readablePersons.require(personId);
        List<Choice> choices = new ArrayList<>();
        for (RepatriationStatus to : StatusRules.offered(person.getStatus(), person.getSide(), currentUser.getRoles())) {
            choices.add(new Choice(to, StatusRules.needsReason(person.getStatus(), to, person.getSide()),
                    to == RepatriationStatus.CLOSED));
        }
        return new StatusChoices(person.getStatus(), person.isRemains(), person.getVersion(), choices);
    }

    /**
     * Moves the case to another status. Refused with 403 when the move needs a supervisor and the caller
     * is not one; with the fields at fault when the move does not exist, is one only a round makes, or
     * lacks its reason; with a conflict when the case changed since the caller read it.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public StatusChangeView transition(long personId, Transition transition) {
        Person person = readablePersons.require(personId);
        RepatriationStatus from = person.getStatus();
        RepatriationStatus to = transition.to();
        boolean exists = to != null && StatusRules.kind(from, to, person.getSide()).isPresent();
        if (exists && !StatusRules.byRoundOnly(from, to, person.getSide())
                && !StatusRules.mayMove(from, to, person.getSide(), currentUser.getRoles())) {
            throw new EJBAccessException("moving a case to " + to + " from " + from + " needs a supervisor");
        }
        String reason = FreeText.clean(transition.reason());
        List<FieldError> errors = new ArrayList<>(StatusRules.problems(from, to, person.getSide(), reason,
                transition.closingReason()));
        FreeText.check("reason", reason, MAX_REASON, errors);
        InformationSource source = null;
        if (transition.sourceId() != null) {
            source = em.find(InformationSource.class, transition.sourceId());
            if (source == null || !source.getPerson().equals(person)) {
                errors.add(FieldError.of("sourceId", "transition.source.unknown", transition.sourceId()));
            }
        }
        Validation.reject(errors);
        if (transition.versionRead() != null && transition.versionRead() != person.getVersion()) {
            throw lastChange.conflictOn(Person.class, personId);
        }
        changeReason.set(reason);
        StatusChange change = ledger.move(person, to, reason, transition.closingReason(), source);
        ConcurrentSave.flush(em);
        return StatusChangeView.of(change);
    }

    /** The case's status history, newest first. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<StatusChangeView> history(long personId) {
        readablePersons.require(personId);
        return em.createNamedQuery("StatusChange.of", StatusChange.class).setParameter("id", personId)
                .getResultStream().map(StatusChangeView::of).toList();
    }
}
