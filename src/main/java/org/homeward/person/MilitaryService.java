package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.homeward.platform.FreeText;
import org.homeward.platform.PlainText;
import org.homeward.platform.Personal;

/**
 * The person's service in the armed forces, as far as known: what a prisoner of war is identified by
 * under GC III art. 17 besides the name.
 */
@Embeddable
@Personal
public class MilitaryService implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 100, message = "{text.tooLong}")
    @PlainText
    @Column(name = "military_rank", length = 100)
    private String militaryRank;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "military_unit", length = 200)
    private String militaryUnit;

    @Size(max = 100, message = "{text.tooLong}")
    @PlainText
    @Column(name = "service_branch", length = 100)
    private String serviceBranch;

    @Size(max = 60, message = "{text.tooLong}")
    @PlainText
    @Column(name = "service_number", length = 60)
    private String serviceNumber;

    public String getMilitaryRank() {
        return militaryRank;
    }

    public void setMilitaryRank(String militaryRank) {
        this.militaryRank = FreeText.clean(militaryRank);
    }

    public String getMilitaryUnit() {
        return militaryUnit;
    }

    public void setMilitaryUnit(String militaryUnit) {
        this.militaryUnit = FreeText.clean(militaryUnit);
    }

    public String getServiceBranch() {
        return serviceBranch;
    }

    public void setServiceBranch(String serviceBranch) {
        this.serviceBranch = FreeText.clean(serviceBranch);
    }

    public String getServiceNumber() {
        return serviceNumber;
    }

    public void setServiceNumber(String serviceNumber) {
        this.serviceNumber = FreeText.clean(serviceNumber);
    }
}
