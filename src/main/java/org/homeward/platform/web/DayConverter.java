package org.homeward.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.homeward.platform.FieldError;
import org.homeward.platform.Messages;
import org.homeward.platform.PlausibleDay;

/**
 * A day typed into a form: as 2026-04-12 (ISO, as the pages show it) or as 12.04.2026 (as Ukrainians
 * write it). Anything else is refused with a message in the page's language that shows both ways.
 *
 * <p>An input with the attribute {@code partial} also takes a month (2014-06, 06.2014) or a year (2014),
 * where only that much is known: the value is then the first day of it, and {@link #typedPart} tells the
 * page bean how much was typed, so that it can check the date's precision against it.
 */
@FacesConverter("homeward.day")
public class DayConverter implements Converter<LocalDate> {

    /** Strict: 31.02.2026 is no day, rather than quietly 3 March. */
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private static final List<DateTimeFormatter> MONTH = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** How much of a date was typed into the input {@code clientId} in this request: DAYS, MONTHS or YEARS; null if nothing. */
    public static ChronoUnit typedPart(String clientId) {
        return (ChronoUnit) FacesContext.getCurrentInstance().getAttributes().get(DayConverter.class.getName() + clientId);
    }

    @Override
    public LocalDate getAsObject(FacesContext faces, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.strip();
        boolean partial = Boolean.parseBoolean(String.valueOf(component.getAttributes().get("partial")));
        String key = DayConverter.class.getName() + component.getClientId(faces);
        for (DateTimeFormatter way : WRITTEN) {
            try {
                LocalDate day = LocalDate.parse(typed, way);
                faces.getAttributes().put(key, ChronoUnit.DAYS);
                return plausible(faces, typed, day);
            } catch (DateTimeParseException notThisWay) {
                // the next way of writing it
            }
        }
        for (DateTimeFormatter way : partial ? MONTH : List.<DateTimeFormatter>of()) {
            try {
                LocalDate month = YearMonth.parse(typed, way).atDay(1);
                faces.getAttributes().put(key, ChronoUnit.MONTHS);
                return plausible(faces, typed, month);
            } catch (DateTimeParseException notThisWay) {
                // the next way of writing it
            }
        }
        if (partial && typed.matches("\\d{4}")) {
            faces.getAttributes().put(key, ChronoUnit.YEARS);
            return plausible(faces, typed, Year.parse(typed, YEAR).atDay(1));
        }
        String text = Messages.in(faces.getViewRoot().getLocale())
                .get(partial ? "date.typedPartial" : "date.typed", typed.length() > 40 ? typed.substring(0, 40) : typed);
        throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** The same range as the API's ({@link PlausibleDay}): a year 0000 or 1024 is a slip, not a date. */
    private static LocalDate plausible(FacesContext faces, String typed, LocalDate day) {
        if (PlausibleDay.holds(day)) {
            return day;
        }
        FieldError refusal = PlausibleDay.refusal("", typed);
        String text = Messages.in(faces.getViewRoot().getLocale()).get(refusal);
        throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** As typed: a month or a year typed in this request is shown again as such, not as its first day. */
    @Override
    public String getAsString(FacesContext faces, UIComponent component, LocalDate value) {
        if (value == null) {
            return "";
        }
        Object typed = faces.getAttributes().get(DayConverter.class.getName() + component.getClientId(faces));
        if (typed == ChronoUnit.YEARS) {
            return String.valueOf(value.getYear());
        }
        return typed == ChronoUnit.MONTHS ? YearMonth.from(value).toString() : value.toString();
    }
}
