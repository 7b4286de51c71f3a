package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.homeward.platform.FreeText;
import org.homeward.platform.PlainText;
import org.homeward.platform.NotPersonal;
import org.homeward.platform.Personal;

/**
 * What identifies the remains of a fallen person: how far the identification has come and by which method,
 * the tag on the body, and where they are buried.
 */
@Embeddable
@Personal
public class RemainsDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "identification_status", length = 20)
    @NotPersonal
    private IdentificationStatus identificationStatus;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "identification_method", length = 200)
    private String identificationMethod;

    @Size(max = 60, message = "{text.tooLong}")
    @PlainText
    @Column(name = "tag_number", length = 60)
    private String tagNumber;

    @Size(max = 300, message = "{text.tooLong}")
    @PlainText
    @Column(name = "burial_place", length = 300)
    private String burialPlace;

    public IdentificationStatus getIdentificationStatus() {
        return identificationStatus;
    }

    public void setIdentificationStatus(IdentificationStatus identificationStatus) {
        this.identificationStatus = identificationStatus;
    }

    public String getIdentificationMethod() {
        return identificationMethod;
    }

    public void setIdentificationMethod(String identificationMethod) {
        this.identificationMethod = FreeText.clean(identificationMethod);
    }

    public String getTagNumber() {
        return tagNumber;
    }

    public void setTagNumber(String tagNumber) {
        this.tagNumber = FreeText.clean(tagNumber);
    }

    public String getBurialPlace() {
        return burialPlace;
    }

    public void setBurialPlace(String burialPlace) {
        this.burialPlace = FreeText.clean(burialPlace);
    }
}
