package org.homeward.access.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.homeward.platform.Role;
import org.homeward.access.UserForm;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;

/**
 * The body of POST /users and PUT /users/{id}. Roles arrive as text so that an unknown one is
 * answered "roles: unknown role …" rather than a parse error without a field.
 */
public record UserRequest(String username, String displayName, String office, List<String> roles,
                          String temporaryPassword, Long version) {

    UserForm toForm() {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setDisplayName(displayName);
        form.setOffice(office);
        form.setRoles(parseRoles(roles));
        form.setTemporaryPassword(temporaryPassword);
        form.setVersion(version == null ? -1 : version);
        return form;
    }

    static Set<Role> parseRoles(List<String> names) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        if (names == null) {
            return parsed;
        }
        for (String name : names) {
            try {
                parsed.add(Role.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw new InvalidInput(FieldError.of("roles", "user.roles.unknown", String.valueOf(name)));
            }
        }
        return parsed;
    }
}
