package org.homeward.person;

/**
 * What the case list is asked for: a search text (names in any script or spelling, a case number, a
 * document number) and filters, all optional (the selection a report's figure stands for among them),
 * and the page.
 */
public record PersonSearch(String q, Category category, Side side, RepatriationStatus status,
                           String office, String assignedTo, String oblast, Boolean restricted, CaseSelection selection,
                           int page, int size, Order order) {

    /** How the list is ordered. */
    public enum Order { NEWEST, CASE_NUMBER, FAMILY_NAME }

    public PersonSearch {
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, org.homeward.platform.Page.MAX_SIZE);
        order = order == null ? Order.NEWEST : order;
        selection = selection == null ? CaseSelection.NONE : selection;
    }

    public static PersonSearch firstPage() {
        return new PersonSearch(null, null, null, null, null, null, null, null, CaseSelection.NONE, 0, 50, Order.NEWEST);
    }
}
