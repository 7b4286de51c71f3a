package org.homeward.person.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.homeward.person.PersonDetails;
import org.homeward.platform.api.FlatSchema;

/**
 * The schema of a person request for the OpenAPI document: the body is read as a map (its fields are
 * flat, the code's are grouped in parts), so the scanner alone would describe it as any object.
 */
public class PersonSchemas implements OASModelReader {

    static final String REQUEST = "PersonRequest";

    @Override
    public OpenAPI buildModel() {
        return OASFactory.createOpenAPI().components(OASFactory.createComponents().addSchema(REQUEST,
                FlatSchema.of(PersonDetails.class, "A person as one flat object; choices and dates as text, flags as "
                        + "true or false. A record as read may be sent back: its read-only fields are ignored.")));
    }
}
