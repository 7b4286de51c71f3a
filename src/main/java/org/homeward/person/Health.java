package org.homeward.person;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.homeward.platform.FreeText;
import org.homeward.platform.Personal;

/**
 * The person's state of health as last reported. The seriously wounded have priority for direct
 * repatriation (GC III art. 110); the medical notes are for the assigned caseworker and supervisors only.
 */
@Embeddable
@Personal
public class Health implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "health_condition", length = 20)
    private HealthCondition healthCondition;

    @Column(name = "seriously_wounded", nullable = false)
    private boolean seriouslyWounded;

    @Size(max = 4000, message = "{text.tooLong}")
    @Column(name = "medical_notes", length = 4000)
    private String medicalNotes;

    /** The same health with the medical notes left out, for a reader who may not see them. */
    Health withoutMedicalNotes() {
        Health shown = new Health();
        shown.healthCondition = healthCondition;
        shown.seriouslyWounded = seriouslyWounded;
        return shown;
    }

    /** Whether there are medical notes (which a reader may be refused). */
    @JsonbTransient
    boolean hasMedicalNotes() {
        return medicalNotes != null;
    }

    public HealthCondition getHealthCondition() {
        return healthCondition;
    }

    public void setHealthCondition(HealthCondition healthCondition) {
        this.healthCondition = healthCondition;
    }

    public boolean isSeriouslyWounded() {
        return seriouslyWounded;
    }

    public void setSeriouslyWounded(boolean seriouslyWounded) {
        this.seriouslyWounded = seriouslyWounded;
    }

    public String getMedicalNotes() {
        return medicalNotes;
    }

    public void setMedicalNotes(String medicalNotes) {
        this.medicalNotes = FreeText.clean(medicalNotes);
    }
}
