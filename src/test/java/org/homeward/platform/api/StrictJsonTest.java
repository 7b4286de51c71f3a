package org.homeward.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    public record Quota(String category, Integer count) {
    }

    public record Round(String name, Boolean open, long version, List<Quota> quotas) {
    }

    private static List<FieldError> refusals(String json) {
        try {
            StrictJson.checked(json.getBytes(StandardCharsets.UTF_8), Round.class, new Annotation[0]);
            return List.of();
        } catch (InvalidInput e) {
            return e.errors();
        }
    }

    @Test
    void eachValueMustBeOfItsFieldsJsonType() {
        assertEquals(List.of(FieldError.of("open", "body.flag")), refusals("{\"open\":\"yes\"}"));
        assertEquals(List.of(FieldError.of("open", "body.flag")), refusals("{\"open\":1}"));
        assertEquals(List.of(FieldError.of("name", "body.text")), refusals("{\"name\":12}"));
        assertEquals(List.of(FieldError.of("version", "body.wholeNumber")), refusals("{\"version\":\"3\"}"));
        assertEquals(List.of(FieldError.of("version", "body.wholeNumber")), refusals("{\"version\":1.5}"));
        assertEquals(List.of(FieldError.of("version", "body.wholeNumber")), refusals("{\"version\":null}"));
        assertEquals(List.of(FieldError.of("quotas", "body.list")), refusals("{\"quotas\":{}}"));
        assertEquals(List.of(FieldError.of("quotas[1].count", "body.wholeNumber")),
                refusals("{\"quotas\":[{\"count\":1},{\"count\":\"2\"}]}"));
        assertEquals(List.of(FieldError.of("body", "body.object")), refusals("[1]"));
        assertEquals(List.of(), refusals("{\"name\":\"R\",\"open\":true,\"version\":1,\"quotas\":[{\"category\":\"POW\",\"count\":2}]}"));
    }

    @Test
    void duplicatesUnknownMembersAndTrailingTextAreRefused() {
        assertEquals(List.of(FieldError.of("open", "body.duplicate")), refusals("{\"open\":true,\"open\":false}"));
        assertEquals(List.of(FieldError.of("quotas[0].cnt", "body.unknown")), refusals("{\"quotas\":[{\"cnt\":1}]}"));
        assertEquals(List.of(FieldError.of("body", "error.body.syntax")), refusals("{\"open\":true} {}"));
        assertEquals(List.of(FieldError.of("body", "error.body.syntax")), refusals("{\"open\":true} x"));
        assertEquals(List.of(FieldError.of("body", "error.body.syntax")), refusals("{\"open\":tru"));
    }

    @jakarta.persistence.Embeddable
    public static class Name {
        private String familyName;
        private java.time.LocalDate bornOn;

        public String getFamilyName() {
            return familyName;
        }

        public void setFamilyName(String familyName) {
            this.familyName = familyName;
        }

        public java.time.LocalDate getBornOn() {
            return bornOn;
        }

        public void setBornOn(java.time.LocalDate bornOn) {
            this.bornOn = bornOn;
        }
    }

    public static class Details {
        private boolean restricted;
        private Name name = new Name();

        public boolean isRestricted() {
            return restricted;
        }

        public void setRestricted(boolean restricted) {
            this.restricted = restricted;
        }

        public Name getName() {
            return name;
        }

        public void setName(Name name) {
            this.name = name;
        }
    }

    public record Read(long id, String caseNumber, Name name) {
    }

    @SuppressWarnings("unused")
    private static void flat(@FlatBody(value = Details.class, echoes = Read.class) java.util.Map<String, Object> body) {
    }

    private static List<FieldError> flatRefusals(String json) throws Exception {
        Annotation[] annotations = StrictJsonTest.class.getDeclaredMethod("flat", java.util.Map.class).getParameterAnnotations()[0];
        try {
            StrictJson.checked(json.getBytes(StandardCharsets.UTF_8), java.util.Map.class, annotations);
            return List.of();
        } catch (InvalidInput e) {
            return e.errors();
        }
    }

    @Test
    void aFlatBodyHasTheFieldsOfItsFormAndItsPartsAndMayEchoWhatWasRead() throws Exception {
        assertEquals(List.of(), flatRefusals("{\"restricted\":true,\"familyName\":\"Шевченко\",\"bornOn\":\"1998-04-12\","
                + "\"version\":3,\"id\":7,\"caseNumber\":\"POW-2026-000001\"}"));
        assertEquals(List.of(FieldError.of("restricted", "body.flag"), FieldError.of("familyName", "body.text"),
                FieldError.of("version", "body.wholeNumber"), FieldError.of("restrictd", "body.unknown")),
                flatRefusals("{\"restricted\":\"on\",\"familyName\":5,\"version\":\"3\",\"restrictd\":true}"));
    }
}
