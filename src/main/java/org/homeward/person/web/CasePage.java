package org.homeward.person.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.homeward.person.CaseFileService;
import org.homeward.person.PersonRecord;
import org.homeward.person.PersonService;
import org.homeward.person.Relation;
import org.homeward.person.Reliability;
import org.homeward.person.SourceKind;
import org.homeward.platform.NotFound;
import org.homeward.platform.web.ErrorStatus;
import org.homeward.platform.web.PageMessages;

/** The case page: a person's whole record, as far as the reader may see it. Opening it is on file. */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonService persons;

    @Inject
    CaseFileService caseFile;

    @Inject
    PageMessages messages;

    private Long id;
    private PersonRecord record;
    private List<CaseFileService.NoteRow> notes;
    private List<CaseFileService.TaskRow> tasks;
    private List<CaseFileService.RelativeRow> relatives;
    private List<CaseFileService.SourceRow> sources;
    private SourceKind sourceKind;
    private LocalDate sourceReceivedOn;
    private Reliability sourceReliability;
    private String sourceReference;

    private String noteText;
    private String taskDescription;
    private LocalDate taskDueOn;
    private String taskAssignee;
    private Relation linkRelation;
    private String linkCaseNumber;
    private String linkContactName;
    private String linkContactDetails;
    private boolean linkInform;

    public void addNote() {
        messages.carryOut("noteForm", () -> {
            caseFile.addNote(id, noteText);
            noteText = null;
            notes = null;
            messages.info("note.added");
        });
    }

    public void addTask() {
        messages.carryOut("taskForm", () -> {
            caseFile.addTask(id, taskDescription, taskDueOn, taskAssignee);
            taskDescription = null;
            taskDueOn = null;
            taskAssignee = null;
            tasks = null;
            messages.info("task.added");
        });
    }

    public void completeTask(CaseFileService.TaskRow task) {
        messages.carryOut("tasksForm", () -> {
            caseFile.completeTask(task.id(), task.version());
            messages.info("task.completed");
        });
        tasks = null;
    }

    public void addLink() {
        messages.carryOut("linkForm", () -> {
            caseFile.linkRelative(id, linkRelation, linkCaseNumber, linkContactName, linkContactDetails, linkInform);
            linkRelation = null;
            linkCaseNumber = null;
            linkContactName = null;
            linkContactDetails = null;
            linkInform = false;
            relatives = null;
            messages.info("link.added");
        });
    }

    public void addSource() {
        messages.carryOut("sourceForm", () -> {
            caseFile.addSource(id, sourceKind, sourceReceivedOn, sourceReliability, sourceReference);
            sourceKind = null;
            sourceReceivedOn = null;
            sourceReliability = null;
            sourceReference = null;
            sources = null;
            messages.info("source.added");
        });
    }

    public List<CaseFileService.SourceRow> getSources() {
        if (sources == null) {
            sources = caseFile.sources(id);
        }
        return sources;
    }

    public SourceKind[] getSourceKinds() {
        return SourceKind.values();
    }

    public Reliability[] getReliabilities() {
        return Reliability.values();
    }

    public SourceKind getSourceKind() {
        return sourceKind;
    }

    public void setSourceKind(SourceKind sourceKind) {
        this.sourceKind = sourceKind;
    }

    public LocalDate getSourceReceivedOn() {
        return sourceReceivedOn;
    }

    public void setSourceReceivedOn(LocalDate sourceReceivedOn) {
        this.sourceReceivedOn = sourceReceivedOn;
    }

    public Reliability getSourceReliability() {
        return sourceReliability;
    }

    public void setSourceReliability(Reliability sourceReliability) {
        this.sourceReliability = sourceReliability;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public void setSourceReference(String sourceReference) {
        this.sourceReference = sourceReference;
    }

    public List<CaseFileService.NoteRow> getNotes() {
        if (notes == null) {
            notes = caseFile.notes(id);
        }
        return notes;
    }

    public List<CaseFileService.TaskRow> getTasks() {
        if (tasks == null) {
            tasks = caseFile.tasks(id);
        }
        return tasks;
    }

    public List<CaseFileService.RelativeRow> getRelatives() {
        if (relatives == null) {
            relatives = caseFile.relatives(id);
        }
        return relatives;
    }

    public Relation[] getRelations() {
        return Relation.values();
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public String getTaskDescription() {
        return taskDescription;
    }

    public void setTaskDescription(String taskDescription) {
        this.taskDescription = taskDescription;
    }

    public LocalDate getTaskDueOn() {
        return taskDueOn;
    }

    public void setTaskDueOn(LocalDate taskDueOn) {
        this.taskDueOn = taskDueOn;
    }

    public String getTaskAssignee() {
        return taskAssignee;
    }

    public void setTaskAssignee(String taskAssignee) {
        this.taskAssignee = taskAssignee;
    }

    public Relation getLinkRelation() {
        return linkRelation;
    }

    public void setLinkRelation(Relation linkRelation) {
        this.linkRelation = linkRelation;
    }

    public String getLinkCaseNumber() {
        return linkCaseNumber;
    }

    public void setLinkCaseNumber(String linkCaseNumber) {
        this.linkCaseNumber = linkCaseNumber;
    }

    public String getLinkContactName() {
        return linkContactName;
    }

    public void setLinkContactName(String linkContactName) {
        this.linkContactName = linkContactName;
    }

    public String getLinkContactDetails() {
        return linkContactDetails;
    }

    public void setLinkContactDetails(String linkContactDetails) {
        this.linkContactDetails = linkContactDetails;
    }

    public boolean isLinkInform() {
        return linkInform;
    }

    public void setLinkInform(boolean linkInform) {
        this.linkInform = linkInform;
    }

    public void load() {
        if (record != null) {
            return;
        }
        if (id == null) {
            ErrorStatus.notFound("no case given");
            return;
        }
        try {
            record = persons.get(id);
        } catch (NotFound notFound) {
            ErrorStatus.notFound("no such case");
        }
    }

    /** The parts of the record this case has a section for. */
    public List<String> getSections() {
        return CaseSections.of(org.homeward.person.Category.valueOf(record.category()), record.deceased());
    }

    /** How many follow-up tasks on the case are still to do. */
    public long getOpenTasks() {
        return getTasks().stream().filter(task -> !task.done()).count();
    }

    public String getAliases() {
        return record.aliases().isEmpty() ? "—" : String.join(", ", record.aliases());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonRecord getRecord() {
        return record;
    }
}
