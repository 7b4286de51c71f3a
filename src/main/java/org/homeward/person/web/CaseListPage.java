package org.homeward.person.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jakarta.faces.context.FacesContext;
import org.homeward.person.CaseSelection;
import org.homeward.person.Category;
import org.homeward.person.RepatriationStatus;
import org.homeward.platform.api.FieldParser;
import org.homeward.platform.web.PageMessages;
import org.homeward.person.PersonRow;
import org.homeward.person.PersonSearch;
import org.homeward.person.PersonService;
import org.homeward.person.Side;
import org.homeward.platform.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The case list: a search box, filters, and a table that loads one page at a time from the registry,
 * so a list of a million people costs what one page costs.
 */
@Named
@ViewScoped
public class CaseListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonService persons;

    private String q;
    private Category category;
    private Side side;
    private RepatriationStatus status;
    private String office;
    private String oblast;
    private Boolean restricted;
    private String assignedTo;
    /** What a report's figure selected (from the address); kept until the list is cleared. */
    private CaseSelection selection = CaseSelection.NONE;
    private String selectionText;
    /** The search matched more people than are counted exactly: the list says so and asks to narrow it. */
    private boolean countCapped;

    private final LazyDataModel<PersonRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // The count comes with each page (load sets the row count), not as a query of its own.
            return getRowCount();
        }

        @Override
        public List<PersonRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int page = pageSize == 0 ? 0 : first / pageSize;
            Page<PersonRow> result = persons.search(new PersonSearch(q, category, side, status, office, assignedTo, oblast,
                    restricted, selection, page, pageSize, order(sortBy)));
            setRowCount((int) Math.min(Integer.MAX_VALUE, result.total()));
            countCapped = !result.totalExact();
            return result.items();
        }

        @Override
        public String getRowKey(PersonRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public PersonRow getRowData(String rowKey) {
            return null;
        }
    };

    @Inject
    PageMessages messages;

    /** Reads the selection a report's figure links with; a bad parameter is named and ignored. */
    public void readSelection() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        FieldParser parser = new FieldParser();
        CaseSelection read = CaseSelection.from(parameters::get, parser);
        messages.carryOut("searchForm", () -> {
            parser.rejectIfAnyFailed();
            selection = read;
            selectionText = new SelectionText(messages.texts()).describe(read);
        });
    }

    public boolean isSelected() {
        return !selection.isEmpty();
    }

    public String getSelectionText() {
        return selectionText;
    }

    public boolean isCountCapped() {
        return countCapped;
    }

    private static PersonSearch.Order order(Map<String, SortMeta> sortBy) {
        for (SortMeta sort : sortBy.values()) {
            if (sort.getOrder() == SortOrder.UNSORTED) {
                continue;
            }
            return switch (sort.getField()) {
                case "caseNumber" -> PersonSearch.Order.CASE_NUMBER;
                case "name" -> PersonSearch.Order.FAMILY_NAME;
                default -> PersonSearch.Order.NEWEST;
            };
        }
        return PersonSearch.Order.NEWEST;
    }

    public void clear() {
        selection = CaseSelection.NONE;
        selectionText = null;
        q = null;
        category = null;
        side = null;
        status = null;
        office = null;
        oblast = null;
        restricted = null;
        assignedTo = null;
    }

    public LazyDataModel<PersonRow> getRows() {
        return rows;
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Side[] getSides() {
        return Side.values();
    }

    public RepatriationStatus[] getStatuses() {
        return RepatriationStatus.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public RepatriationStatus getStatus() {
        return status;
    }

    public void setStatus(RepatriationStatus status) {
        this.status = status;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office == null || office.isBlank() ? null : office.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getOblast() {
        return oblast;
    }

    public void setOblast(String oblast) {
        this.oblast = oblast == null || oblast.isBlank() ? null : oblast.strip();
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public void setAssignedTo(String assignedTo) {
        this.assignedTo = assignedTo == null || assignedTo.isBlank() ? null : assignedTo.strip();
    }

    public Boolean getRestricted() {
        return restricted;
    }

    public void setRestricted(Boolean restricted) {
        this.restricted = restricted;
    }
}
