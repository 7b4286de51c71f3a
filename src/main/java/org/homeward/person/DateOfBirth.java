package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.platform.FieldError;
import org.homeward.platform.Personal;

/**
 * When the person was born, as far as it is known: a date with how much of it is known (the day, the
 * month, the year), or only an age someone estimated. An estimated age goes with the precision
 * {@code ESTIMATED} and only with it.
 */
@Embeddable
@Personal
public class DateOfBirth implements Serializable {

    private static final long serialVersionUID = 1L;

    @PastOrPresent(message = "{date.future}")
    @Column(name = "birth_date")
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "birth_date_precision", length = 20)
    private DatePrecision dateOfBirthPrecision;

    @PositiveOrZero(message = "{person.estimatedAge.range}")
    @Max(value = 130, message = "{person.estimatedAge.range}")
    @Column(name = "estimated_age")
    private Integer estimatedAge;

    /** What contradicts itself in this date of birth. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (estimatedAge != null && dateOfBirthPrecision != DatePrecision.ESTIMATED) {
            errors.add(FieldError.of("estimatedAge", "person.estimatedAge.onlyEstimated"));
        }
        if (dateOfBirthPrecision == DatePrecision.ESTIMATED && estimatedAge == null) {
            errors.add(FieldError.of("estimatedAge", "person.estimatedAge.required"));
        }
        return errors;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public DatePrecision getDateOfBirthPrecision() {
        return dateOfBirthPrecision;
    }

    public void setDateOfBirthPrecision(DatePrecision dateOfBirthPrecision) {
        this.dateOfBirthPrecision = dateOfBirthPrecision;
    }

    public Integer getEstimatedAge() {
        return estimatedAge;
    }

    public void setEstimatedAge(Integer estimatedAge) {
        this.estimatedAge = estimatedAge;
    }
}
