package org.homeward.person.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.homeward.person.Category;
import org.homeward.person.DocumentType;
import org.homeward.person.IdentityDocument;
import org.homeward.person.PersonDetails;
import org.homeward.person.Side;
import org.homeward.platform.api.FieldParser;
import org.homeward.platform.api.FlatParts;

/**
 * The body of POST and PUT /api/v1/persons: one flat JSON object, as the contract has it. The record's
 * parts are read by {@link FlatParts}; what belongs to the case itself (category, side, office, assignee,
 * restriction, aliases, documents, version) is read here. Choices and dates arrive as text, so that an
 * unknown value or an impossible date is answered with the field's name ("dateOfBirth: not a date")
 * instead of a parse error about the body as a whole.
 */
final class PersonRequest {

    private final Map<String, Object> body;

    PersonRequest(Map<String, Object> body) {
        this.body = body == null ? Map.of() : body;
    }

    /** The version the caller read, for a revision; null when not sent. */
    Long version() {
        return body.get("version") instanceof BigDecimal number ? number.longValue() : null;
    }

    PersonDetails toDetails() {
        FieldParser parser = new FieldParser();
        PersonDetails details = new PersonDetails();
        details.setCategory(parser.choice("category", Category.class, text("category")));
        details.setSide(parser.choice("side", Side.class, text("side")));
        details.setOffice(text("office"));
        details.setAssignedTo(text("assignedTo"));
        details.setRestricted(Boolean.TRUE.equals(body.get("restricted")));
        FlatParts.read(body, details, parser);
        if (body.get("aliases") instanceof List<?> aliases) {
            details.setAliases(aliases.stream().map(a -> a == null ? null : a.toString()).toList());
        }
        if (body.get("documents") instanceof List<?> documents) {
            for (int i = 0; i < documents.size(); i++) {
                if (documents.get(i) instanceof Map<?, ?> document) {
                    details.getDocuments().add(new IdentityDocument.Draft(
                            parser.choice("documents[" + i + "].type", DocumentType.class, text(document.get("type"))),
                            text(document.get("number")), text(document.get("issuingCountry"))));
                }
            }
        }
        parser.rejectIfAnyFailed();
        return details;
    }

    private String text(String member) {
        return text(body.get(member));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
