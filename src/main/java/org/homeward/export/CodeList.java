package org.homeward.export;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A short closed list of enum values kept in one column as comma-separated names. */
abstract class CodeList<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    CodeList(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        return values == null ? "" : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(type));
        }
        EnumSet<E> values = EnumSet.noneOf(type);
        Arrays.stream(column.split(",")).map(String::strip).forEach(name -> values.add(Enum.valueOf(type, name)));
        return Collections.unmodifiableSet(values);
    }

    @jakarta.persistence.Converter
    static class Profiles extends CodeList<ExportProfile> {
        Profiles() {
            super(ExportProfile.class);
        }
    }

    @jakarta.persistence.Converter
    static class Categories extends CodeList<org.homeward.person.Category> {
        Categories() {
            super(org.homeward.person.Category.class);
        }
    }
}
