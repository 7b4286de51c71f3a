package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.homeward.platform.FreeText;
import org.homeward.platform.PlainText;
import org.homeward.platform.Personal;

/**
 * The person's sex, place of birth and citizenship.
 */
@Embeddable
@Personal
public class Origin implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{person.sex.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "sex", length = 20, nullable = false)
    private Sex sex;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "birth_place", length = 200)
    private String placeOfBirth;

    @Size(max = 60, message = "{text.tooLong}")
    @PlainText
    @Column(name = "citizenship", length = 60)
    private String citizenship;

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getPlaceOfBirth() {
        return placeOfBirth;
    }

    public void setPlaceOfBirth(String placeOfBirth) {
        this.placeOfBirth = FreeText.clean(placeOfBirth);
    }

    public String getCitizenship() {
        return citizenship;
    }

    public void setCitizenship(String citizenship) {
        this.citizenship = FreeText.clean(citizenship);
    }
}
