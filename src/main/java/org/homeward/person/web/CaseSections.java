package org.homeward.person.web;

import java.util.ArrayList;
import java.util.List;
import org.homeward.person.Category;

/**
 * Which parts of the record a case has a section for, in the order the case page and the form show them:
 * military service for prisoners of war, child details for children, identification and burial for
 * remains (registered as such, or confirmed dead since). Each name is an include under
 * {@code WEB-INF/includes/case/} and a {@code section.} bundle key.
 */
final class CaseSections {

    private CaseSections() {
    }

    static List<String> of(Category category, boolean deceased) {
        List<String> sections = new ArrayList<>(List.of("names", "origin", "birth"));
        if (category == Category.POW) {
            sections.add("military");
        }
        sections.addAll(List.of("circumstances", "whereabouts", "health"));
        if (category == Category.CHILD) {
            sections.add("child");
        }
        if (category == Category.REMAINS || deceased) {
            sections.add("remains");
        }
        sections.add("consent");
        return sections;
    }
}
