package org.homeward.person;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.homeward.access.CurrentUser;
import org.homeward.platform.Role;
import org.homeward.platform.NotFound;

/**
 * The one gate to a person's record for the current user: found, and within their record scope, or
 * refused. Every service that touches a case goes through it.
 */
@RequestScoped
public class ReadablePersons {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The person, if the current user may see them; 404 when there is none, 403 when outside the scope. */
    public Person require(long id) {
        Person person = em.find(Person.class, id);
        if (person == null) {
            throw new NotFound("person", id);
        }
        if (!mayRead(person)) {
            throw new EJBAccessException("person " + id + " is outside the caller's record scope");
        }
        return person;
    }

    public boolean mayRead(Person person) {
        String assignee = person.getAssignedTo() == null ? null : person.getAssignedTo().getUsername();
        return currentUser.scope().permits(person.getOffice().getCode(), assignee, person.isRestricted());
    }

    /** Medical notes: only the assigned caseworker and supervisors. */
    public boolean mayReadMedicalNotes(Person person) {
        return currentUser.hasRole(Role.SUPERVISOR) || person.isAssignedTo(currentUser.getUsername());
    }
}
