package org.homeward.person;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.homeward.matching.NameForms;
import org.homeward.platform.FreeText;
import org.homeward.platform.PlainText;
import org.homeward.platform.Personal;

/**
 * The person's names as written in the source script (Cyrillic or Latin), the names GC III art. 122
 * asks for besides (the father's given name, the mother's maiden name), and their Latin forms: the
 * Ukrainian national system of 2010 (passports) and BGN/PCGN from the Russian spelling. Latin forms
 * left empty are computed from the names; forms a caseworker typed are kept as typed.
 */
@Embeddable
@Personal
public class PersonName implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{person.familyName.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "family_name", length = 200, nullable = false)
    private String familyName;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "given_name", length = 200)
    private String givenName;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "patronymic", length = 200)
    private String patronymic;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "father_given_name", length = 200)
    private String fatherGivenName;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "mother_maiden_name", length = 200)
    private String motherMaidenName;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "latin_family_name", length = 200)
    private String latinFamilyName;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "latin_given_name", length = 200)
    private String latinGivenName;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "latin_patronymic", length = 200)
    private String latinPatronymic;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "alt_latin_family_name", length = 200)
    private String altLatinFamilyName;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "alt_latin_given_name", length = 200)
    private String altLatinGivenName;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "alt_latin_patronymic", length = 200)
    private String altLatinPatronymic;

    /** The Latin forms of the three names under one system, as the API shows them. */
    public record Transliterations(String familyName, String givenName, String patronymic) {
    }

    /** Fills in the Latin forms nobody typed, from the names as written. */
    void completeLatinForms() {
        NameForms family = NameForms.of(familyName);
        NameForms given = NameForms.of(givenName);
        NameForms father = NameForms.of(patronymic);
        latinFamilyName = orElse(latinFamilyName, family == null ? null : family.ukrainian());
        latinGivenName = orElse(latinGivenName, given == null ? null : given.ukrainian());
        latinPatronymic = orElse(latinPatronymic, father == null ? null : father.ukrainian());
        altLatinFamilyName = orElse(altLatinFamilyName, family == null ? null : family.russian());
        altLatinGivenName = orElse(altLatinGivenName, given == null ? null : given.russian());
        altLatinPatronymic = orElse(altLatinPatronymic, father == null ? null : father.russian());
    }

    private static String orElse(String typed, String computed) {
        return typed == null ? computed : typed;
    }

    /** The names in the Ukrainian national system. */
    public Transliterations getTransliterations() {
        return new Transliterations(latinFamilyName, latinGivenName, latinPatronymic);
    }

    /** The names in BGN/PCGN, from the Russian spelling. */
    public Transliterations getAlternativeTransliterations() {
        return new Transliterations(altLatinFamilyName, altLatinGivenName, altLatinPatronymic);
    }

    /** Family, given name and patronymic as one line, as lists and summaries show a person. */
    @JsonbTransient
    public String getFullName() {
        return joined(familyName, givenName, patronymic);
    }

    /** The same in the Ukrainian Latin forms. */
    @JsonbTransient
    public String getLatinFullName() {
        return joined(latinFamilyName, latinGivenName, latinPatronymic);
    }

    private static String joined(String... names) {
        return String.join(" ", java.util.Arrays.stream(names).filter(java.util.Objects::nonNull).toList());
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = FreeText.clean(familyName);
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = FreeText.clean(givenName);
    }

    public String getPatronymic() {
        return patronymic;
    }

    public void setPatronymic(String patronymic) {
        this.patronymic = FreeText.clean(patronymic);
    }

    public String getFatherGivenName() {
        return fatherGivenName;
    }

    public void setFatherGivenName(String fatherGivenName) {
        this.fatherGivenName = FreeText.clean(fatherGivenName);
    }

    public String getMotherMaidenName() {
        return motherMaidenName;
    }

    public void setMotherMaidenName(String motherMaidenName) {
        this.motherMaidenName = FreeText.clean(motherMaidenName);
    }

    @JsonbTransient
    public String getLatinFamilyName() {
        return latinFamilyName;
    }

    public void setLatinFamilyName(String latinFamilyName) {
        this.latinFamilyName = FreeText.clean(latinFamilyName);
    }

    @JsonbTransient
    public String getLatinGivenName() {
        return latinGivenName;
    }

    public void setLatinGivenName(String latinGivenName) {
        this.latinGivenName = FreeText.clean(latinGivenName);
    }

    @JsonbTransient
    public String getLatinPatronymic() {
        return latinPatronymic;
    }

    public void setLatinPatronymic(String latinPatronymic) {
        this.latinPatronymic = FreeText.clean(latinPatronymic);
    }

    @JsonbTransient
    public String getAltLatinFamilyName() {
        return altLatinFamilyName;
    }

    public void setAltLatinFamilyName(String altLatinFamilyName) {
        this.altLatinFamilyName = FreeText.clean(altLatinFamilyName);
    }

    @JsonbTransient
    public String getAltLatinGivenName() {
        return altLatinGivenName;
    }

    public void setAltLatinGivenName(String altLatinGivenName) {
        this.altLatinGivenName = FreeText.clean(altLatinGivenName);
    }

    @JsonbTransient
    public String getAltLatinPatronymic() {
        return altLatinPatronymic;
    }

    public void setAltLatinPatronymic(String altLatinPatronymic) {
        this.altLatinPatronymic = FreeText.clean(altLatinPatronymic);
    }
}
