package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.homeward.access.UserAccount;
import org.homeward.platform.NotPersonal;
import org.homeward.platform.Personal;

/** Something to do on a case by a date, by someone: call the mother, ask the ICRC, check a list. */
@Entity
@Table(name = "follow_up_task")
@Audited
@NamedQuery(name = "FollowUpTask.of", query = "select t from FollowUpTask t where t.person.id = :id order by t.done, t.dueOn, t.id")
@NamedQuery(name = "FollowUpTask.openFor", query = "select t from FollowUpTask t join fetch t.person where t.assignee.username = :username and t.done = false order by t.dueOn, t.id")
public class FollowUpTask extends CasePart {

    @Column(nullable = false, length = 1000)
    @Personal
    private String description;

    @Column(name = "due_on", nullable = false)
    @NotPersonal
    private LocalDate dueOn;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id", nullable = false)
    @NotPersonal
    private UserAccount assignee;

    @Column(nullable = false)
    @NotPersonal
    private boolean done;

    @Column(name = "done_at")
    @NotPersonal
    private Instant doneAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    @NotPersonal
    private String createdBy;

    protected FollowUpTask() {
    }

    FollowUpTask(Person person, String description, LocalDate dueOn, UserAccount assignee, String createdBy) {
        super(person);
        this.description = Objects.requireNonNull(description, "description is required");
        this.dueOn = Objects.requireNonNull(dueOn, "due date is required");
        this.assignee = Objects.requireNonNull(assignee, "assignee is required");
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    public void complete(Instant at) {
        this.done = true;
        this.doneAt = at;
    }

    public boolean isOverdueOn(LocalDate day) {
        return !done && dueOn.isBefore(day);
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public UserAccount getAssignee() {
        return assignee;
    }

    public boolean isDone() {
        return done;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

}
