package org.homeward.person.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.homeward.person.PersonDetails;
import org.homeward.platform.api.FlatSchema;

/**
 * The schemas of a person request and of a registration's answer for the OpenAPI document: both are
 * flat (the code's fields are grouped in parts), so the scanner alone would describe them wrongly.
 */
public class PersonSchemas implements OASModelReader {

    static final String REQUEST = "PersonRequest";

    static final String REGISTERED = "RegisteredPerson";

    @Override
    public OpenAPI buildModel() {
        return OASFactory.createOpenAPI().components(OASFactory.createComponents().addSchema(REQUEST,
                FlatSchema.of(PersonDetails.class, "A person as one flat object; choices and dates as text, flags as "
                        + "true or false. A record as read may be sent back: its read-only fields are ignored."))
                .addSchema(REGISTERED, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description("The created person, its fields flat as GET /persons/{id} answers them, and "
                                + "possibleDuplicates beside them")
                        .addProperty("possibleDuplicates", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .description("The registered people this one likely is (score at least 70), best "
                                        + "first, only those in the caller's record scope; each pair is also queued "
                                        + "for a supervisor")
                                .items(OASFactory.createSchema().ref("PossibleMatch")))));
    }
}
