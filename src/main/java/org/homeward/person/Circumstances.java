package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.homeward.platform.FreeText;
import org.homeward.platform.PlainText;
import org.homeward.platform.NotPersonal;
import org.homeward.platform.Personal;

/**
 * How the person came to be missing, held or dead: the kind of event (capture, detention, deportation,
 * disappearance, death), when and where it happened, and who detains them.
 */
@Embeddable
@Personal
public class Circumstances implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind", length = 20)
    @NotPersonal
    private Circumstance circumstance;

    @PastOrPresent(message = "{date.future}")
    @Column(name = "event_date")
    private LocalDate circumstanceDate;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "event_place", length = 200)
    private String circumstancePlace;

    @Size(max = 60, message = "{text.tooLong}")
    @PlainText
    @Column(name = "oblast", length = 60)
    private String oblast;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "detaining_authority", length = 200)
    private String detainingAuthority;

    public Circumstance getCircumstance() {
        return circumstance;
    }

    public void setCircumstance(Circumstance circumstance) {
        this.circumstance = circumstance;
    }

    public LocalDate getCircumstanceDate() {
        return circumstanceDate;
    }

    public void setCircumstanceDate(LocalDate circumstanceDate) {
        this.circumstanceDate = circumstanceDate;
    }

    public String getCircumstancePlace() {
        return circumstancePlace;
    }

    public void setCircumstancePlace(String circumstancePlace) {
        this.circumstancePlace = FreeText.clean(circumstancePlace);
    }

    public String getOblast() {
        return oblast;
    }

    public void setOblast(String oblast) {
        this.oblast = FreeText.clean(oblast);
    }

    public String getDetainingAuthority() {
        return detainingAuthority;
    }

    public void setDetainingAuthority(String detainingAuthority) {
        this.detainingAuthority = FreeText.clean(detainingAuthority);
    }
}
