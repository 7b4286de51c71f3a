package org.homeward.person.web;

import org.homeward.person.Category;
import org.homeward.person.PersonDetails;
import org.homeward.person.PersonRecord;
import org.homeward.person.Side;

/** A record as read, turned back into the form that revises it: the same parts, handed over whole. */
final class CaseRecords {

    private CaseRecords() {
    }

    static PersonDetails toDetails(PersonRecord record) {
        PersonDetails details = new PersonDetails();
        details.setCategory(Category.valueOf(record.category()));
        details.setSide(Side.valueOf(record.side()));
        details.setOffice(record.office());
        details.setAssignedTo(record.assignedTo());
        details.setRestricted(record.restricted());
        details.setNames(record.names());
        details.setOrigin(record.origin());
        details.setBirth(record.birth());
        details.setMilitary(record.military());
        details.setCircumstances(record.circumstances());
        details.setWhereabouts(record.whereabouts());
        details.setHealth(record.health());
        details.setChild(record.child());
        details.setRemains(record.remains());
        details.setConsent(record.consent());
        return details;
    }
}
