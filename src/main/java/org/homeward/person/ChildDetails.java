package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.homeward.platform.FreeText;
import org.homeward.platform.PlainText;
import org.homeward.platform.Personal;

/**
 * What matters for a deported or separated child: why they were separated, who their guardian is, the
 * institution they were taken from, what was changed of their personal status (citizenship imposed, adoption,
 * a new name), and whether their identity is in doubt.
 */
@Embeddable
@Personal
public class ChildDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 300, message = "{text.tooLong}")
    @PlainText
    @Column(name = "separation_cause", length = 300)
    private String separationCause;

    @Size(max = 300, message = "{text.tooLong}")
    @PlainText
    @Column(name = "guardian", length = 300)
    private String guardian;

    @Size(max = 300, message = "{text.tooLong}")
    @PlainText
    @Column(name = "institution_of_origin", length = 300)
    private String institutionOfOrigin;

    @Size(max = 1000, message = "{text.tooLong}")
    @Column(name = "personal_status_changes", length = 1000)
    private String personalStatusChanges;

    @Column(name = "identity_in_doubt", nullable = false)
    private boolean identityInDoubt;

    public String getSeparationCause() {
        return separationCause;
    }

    public void setSeparationCause(String separationCause) {
        this.separationCause = FreeText.clean(separationCause);
    }

    public String getGuardian() {
        return guardian;
    }

    public void setGuardian(String guardian) {
        this.guardian = FreeText.clean(guardian);
    }

    public String getInstitutionOfOrigin() {
        return institutionOfOrigin;
    }

    public void setInstitutionOfOrigin(String institutionOfOrigin) {
        this.institutionOfOrigin = FreeText.clean(institutionOfOrigin);
    }

    public String getPersonalStatusChanges() {
        return personalStatusChanges;
    }

    public void setPersonalStatusChanges(String personalStatusChanges) {
        this.personalStatusChanges = FreeText.clean(personalStatusChanges);
    }

    public boolean isIdentityInDoubt() {
        return identityInDoubt;
    }

    public void setIdentityInDoubt(boolean identityInDoubt) {
        this.identityInDoubt = identityInDoubt;
    }
}
