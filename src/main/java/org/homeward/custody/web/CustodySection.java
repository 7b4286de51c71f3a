package org.homeward.custody.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.homeward.custody.CustodyEventKind;
import org.homeward.custody.CustodyService;
import org.homeward.custody.EventDate;
import org.homeward.person.CaseFileService;
import org.homeward.person.DatePrecision;
import org.homeward.platform.web.DayConverter;
import org.homeward.platform.web.PageMessages;

/**
 * The custody section of the case page: the timeline of custody events, newest first, with the
 * whereabouts they lead to, and the form that records one. The case is the page's own ({@code ?id=}).
 */
@Named
@ViewScoped
public class CustodySection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The precisions an event's date can have; an estimated age dates no event. */
    private static final List<DatePrecision> PRECISIONS = List.of(DatePrecision.EXACT, DatePrecision.MONTH, DatePrecision.YEAR);

    @Inject
    CustodyService custody;

    @Inject
    CaseFileService caseFile;

    @Inject
    PageMessages messages;

    private Long personId;
    private CustodyService.Timeline timeline;
    private List<CaseFileService.SourceRow> sources;

    private CustodyEventKind kind;
    private LocalDate date;
    private DatePrecision precision;
    private String place;
    private Long sourceId;
    private String note;
    /** A death that would move the case to deceased at once was asked for: the page says what follows first. */
    private boolean confirmingDeath;

    @PostConstruct
    void readCase() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        // A malformed id is answered by the case page itself (404); this section then has nothing to show.
        personId = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }

    /** Records the event; on success the page is loaded afresh, so the whereabouts and the status show what followed. */
    public String record() {
        if (kind == CustodyEventKind.DEATH && !confirmingDeath && getTimeline() != null
                && getTimeline().deathMove() == CustodyService.DeathMove.AT_ONCE) {
            confirmingDeath = true;
            return null;
        }
        confirmingDeath = false;
        return messages.submit("custodyForm", () -> {
            CustodyService.Recorded recorded = custody.record(personId,
                    new CustodyService.Draft(kind, written(), precision, place, sourceId, note));
            String what = messages.texts().get("CustodyEventKind." + recorded.event().kind());
            messages.info(recorded.approval() != null ? "custody.recorded.approvalAsked"
                    : recorded.statusChange() != null ? "custody.recorded.deceased" : "custody.recorded", what);
            return "/cases/case?faces-redirect=true&id=" + personId;
        });
    }

    /** The date as typed: a month or a year typed (2014-06, 06.2014, 2014) stays one, whatever day the input made of it. */
    private String written() {
        if (date == null) {
            return null;
        }
        ChronoUnit typed = DayConverter.typedPart("custodyForm:date");
        return EventDate.written(date, typed == ChronoUnit.MONTHS ? DatePrecision.MONTH
                : typed == ChronoUnit.YEARS ? DatePrecision.YEAR : DatePrecision.EXACT);
    }

    /** Steps back from recording a death; what was typed stays. */
    public void cancelDeath() {
        confirmingDeath = false;
    }

    public boolean isConfirmingDeath() {
        return confirmingDeath;
    }

    public CustodyService.Timeline getTimeline() {
        if (timeline == null && personId != null) {
            timeline = custody.timeline(personId);
        }
        return timeline;
    }

    /** Whether the case is of our own people, whose custody is what the other side or the ICRC reported. */
    public boolean isReported() {
        return getTimeline() != null && "OWN".equals(getTimeline().side());
    }

    public List<CaseFileService.SourceRow> getSources() {
        if (sources == null && personId != null) {
            sources = caseFile.sources(personId);
        }
        return sources;
    }

    public CustodyEventKind[] getKinds() {
        return CustodyEventKind.values();
    }

    public List<DatePrecision> getPrecisions() {
        return PRECISIONS;
    }

    public CustodyEventKind getKind() {
        return kind;
    }

    public void setKind(CustodyEventKind kind) {
        this.kind = kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public DatePrecision getPrecision() {
        return precision;
    }

    public void setPrecision(DatePrecision precision) {
        this.precision = precision;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
