package org.homeward.round;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.homeward.person.Category;
import org.homeward.person.Side;
import org.homeward.platform.FieldError;
import org.homeward.platform.PlainText;

/**
 * What a supervisor records about a round, as a form: the round page and the API both fill one and hand
 * it to {@link RoundService}, which validates it whole before anything is written. Field names are the
 * API's.
 */
public class RoundDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{round.name.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String name;

    @NotNull(message = "{round.type.required}")
    private RoundType type;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String venue;

    @Size(max = 300, message = "{text.tooLong}")
    @PlainText
    private String mediators;

    private LocalDate talksDate;

    private LocalDate plannedExchangeDate;

    /** The agreed terms in words: "1,000 for 1,000", "all seriously wounded", "aged 18–25". */
    @Size(max = 2000, message = "{text.tooLong}")
    private String terms;

    @Valid
    private List<QuotaLine> quotas = new ArrayList<>();

    /** One line of the agreed quotas, as the form edits it. */
    public static class QuotaLine implements Serializable {

        private static final long serialVersionUID = 1L;
        @NotNull(message = "{round.quota.category.required}")
        private Category category;
        @NotNull(message = "{round.quota.side.required}")
        private Side side;
        @NotNull(message = "{round.quota.count.required}")
        @PositiveOrZero(message = "{round.quota.count.range}")
        private Integer count;

        public QuotaLine() {
        }

        public QuotaLine(Category category, Side side, Integer count) {
            this.category = category;
            this.side = side;
            this.count = count;
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

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }
    }

    /** What the field constraints cannot say: the planned exchange before the talks, a quota given twice. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (talksDate != null && plannedExchangeDate != null && plannedExchangeDate.isBefore(talksDate)) {
            errors.add(FieldError.of("plannedExchangeDate", "round.plannedExchangeDate.beforeTalks"));
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < quotas.size(); i++) {
            QuotaLine line = quotas.get(i);
            if (line.getCategory() != null && line.getSide() != null && !pairs.add(line.getCategory() + "/" + line.getSide())) {
                errors.add(FieldError.of("quotas[" + i + "]", "round.quota.twice", line.getCategory(), line.getSide()));
            }
        }
        return errors;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RoundType getType() {
        return type;
    }

    public void setType(RoundType type) {
        this.type = type;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getMediators() {
        return mediators;
    }

    public void setMediators(String mediators) {
        this.mediators = mediators;
    }

    public LocalDate getTalksDate() {
        return talksDate;
    }

    public void setTalksDate(LocalDate talksDate) {
        this.talksDate = talksDate;
    }

    public LocalDate getPlannedExchangeDate() {
        return plannedExchangeDate;
    }

    public void setPlannedExchangeDate(LocalDate plannedExchangeDate) {
        this.plannedExchangeDate = plannedExchangeDate;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public List<QuotaLine> getQuotas() {
        return quotas;
    }

    public void setQuotas(List<QuotaLine> quotas) {
        this.quotas = quotas == null ? new ArrayList<>() : quotas;
    }
}
