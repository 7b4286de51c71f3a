package org.homeward.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.homeward.person.Category;
import org.homeward.person.DatePrecision;
import org.homeward.person.HealthCondition;
import org.homeward.person.IdentityDocument;
import org.homeward.person.PersonDetails;
import org.homeward.person.Sex;
import org.homeward.person.Side;
import org.homeward.platform.PlainText;
import org.junit.jupiter.api.Test;

class PeopleGeneratorTest {

    private static final int MANY = 10_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static List<PersonDetails> people(long seed, int count) {
        return new PeopleGenerator(seed).people(count).toList();
    }

    @Test
    void theSameSeedGivesTheSamePeopleInTheSameOrder() {
        List<Map<String, Object>> first = people(20260525L, 2_000).stream().map(PeopleGeneratorTest::everything).toList();
        List<Map<String, Object>> second = people(20260525L, 2_000).stream().map(PeopleGeneratorTest::everything).toList();

        assertEquals(first, second);
    }

    @Test
    void anotherSeedGivesOtherPeople() {
        List<Map<String, Object>> first = people(1L, 200).stream().map(PeopleGeneratorTest::everything).toList();
        List<Map<String, Object>> second = people(2L, 200).stream().map(PeopleGeneratorTest::everything).toList();

        long same = 0;
        for (int i = 0; i < first.size(); i++) {
            same += first.get(i).equals(second.get(i)) ? 1 : 0;
        }
        assertEquals(0, same);
    }

    @Test
    void categoriesSidesAndOfficesComeInTheSharesOfTheCaseload() {
        List<PersonDetails> people = people(7L, MANY);
        Map<Category, Long> categories = people.stream().collect(Collectors.groupingBy(PersonDetails::getCategory,
                () -> new EnumMap<>(Category.class), Collectors.counting()));
        Map<String, Long> offices = people.stream().collect(Collectors.groupingBy(PersonDetails::getOffice, Collectors.counting()));
        long held = people.stream().filter(p -> p.getSide() == Side.HELD).count();

        assertShare(0.55, categories.get(Category.POW), "POW");
        assertShare(0.20, categories.get(Category.CIVILIAN), "CIVILIAN");
        assertShare(0.15, categories.get(Category.CHILD), "CHILD");
        assertShare(0.10, categories.get(Category.REMAINS), "REMAINS");
        assertShare(0.15, held, "HELD");
        assertShare(0.45, offices.get("KYIV"), "KYIV");
        assertShare(0.40, offices.get("KHARKIV"), "KHARKIV");
        assertShare(0.15, offices.get("HQ"), "HQ");
        assertEquals(Set.of("KYIV", "KHARKIV", "HQ"), offices.keySet());
    }

    private static void assertShare(double expected, Long count, String what) {
        double share = count == null ? 0 : count / (double) MANY;
        assertTrue(Math.abs(share - expected) < 0.02, what + ": " + share + " instead of about " + expected);
    }

    /** A field of the form with the constraints on it and, for a list, on each of its entries. */
    private record Constrained(Field field, AnnotatedElement entries) {
    }

    @Test
    void everyFieldKeepsWithinTheLimitsItsFormValidates() throws ReflectiveOperationException {
        List<Constrained> fields = new ArrayList<>();
        for (Field field : PersonDetails.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                fields.add(new Constrained(field, field.getAnnotatedType() instanceof AnnotatedParameterizedType list
                        ? list.getAnnotatedActualTypeArguments()[0] : null));
            }
        }
        for (PersonDetails person : people(11L, MANY)) {
            for (Constrained constrained : fields) {
                Object value = constrained.field().get(person);
                check(constrained.field().getName(), constrained.field(), value);
                if (constrained.entries() != null) {
                    for (Object entry : (Collection<?>) value) {
                        check(constrained.field().getName() + "[]", constrained.entries(), entry);
                    }
                }
            }
        }
    }

    private static void check(String name, AnnotatedElement element, Object value) {
        if (element.isAnnotationPresent(NotNull.class)) {
            assertNotNull(value, name);
        }
        if (element.isAnnotationPresent(NotBlank.class)) {
            assertTrue(value instanceof String text && !text.isBlank(), name);
        }
        Size size = element.getAnnotation(Size.class);
        if (size != null && value instanceof String text) {
            assertTrue(text.length() <= size.max(), name + " too long: " + text);
        }
        if (size != null && value instanceof Collection<?> collection) {
            assertTrue(collection.size() <= size.max(), name + " has too many entries");
        }
        if (element.isAnnotationPresent(PlainText.class) && value instanceof String text) {
            assertTrue(text.codePoints().noneMatch(Character::isISOControl), name + " has a control character");
            assertEquals(text.strip(), text, name + " has surrounding space");
        }
        if (element.isAnnotationPresent(PastOrPresent.class) && value instanceof LocalDate date) {
            assertFalse(date.isAfter(TODAY), name + " in the future: " + date);
        }
        if (element.isAnnotationPresent(PositiveOrZero.class) && value instanceof Integer number) {
            assertTrue(number >= 0, name);
        }
        Max max = element.getAnnotation(Max.class);
        if (max != null && value instanceof Integer number) {
            assertTrue(number <= max.value(), name);
        }
    }

    @Test
    void everyDocumentNumberHasTheShapeOfItsType() {
        int documents = 0;
        for (PersonDetails person : people(13L, MANY)) {
            for (IdentityDocument.Draft document : person.getDocuments()) {
                assertTrue(document.type().fits(document.number()), document.type() + " " + document.number());
                documents++;
            }
        }
        assertTrue(documents > MANY / 2, "documents: " + documents);
    }

    @Test
    void childrenAreUnder18WhenSeparatedAndBornFrom2008To2021() {
        List<PersonDetails> children = people(17L, MANY).stream().filter(p -> p.getCategory() == Category.CHILD).toList();

        assertFalse(children.isEmpty());
        for (PersonDetails child : children) {
            assertEquals(Side.OWN, child.getSide());
            if (child.getBirth().getDateOfBirth() != null) {
                assertTrue(Period.between(child.getBirth().getDateOfBirth(), child.getCircumstances().getCircumstanceDate()).getYears() < 18,
                        child.getBirth().getDateOfBirth() + " / " + child.getCircumstances().getCircumstanceDate());
                assertTrue(child.getBirth().getDateOfBirth().getYear() >= 2008 && child.getBirth().getDateOfBirth().getYear() <= 2021,
                        child.getBirth().getDateOfBirth().toString());
            } else {
                assertTrue(child.getBirth().getEstimatedAge() < 18);
            }
        }
        long restricted = children.stream().filter(PersonDetails::isRestricted).count();
        assertTrue(Math.abs(restricted / (double) children.size() - 1 / 3.0) < 0.05, "restricted: " + restricted);
    }

    @Test
    void adultsAre18To60OnTheDayOfTheEvent() {
        for (PersonDetails person : people(19L, MANY)) {
            if (person.getCategory() == Category.CHILD) {
                continue;
            }
            int age = person.getBirth().getDateOfBirth() != null
                    ? Period.between(person.getBirth().getDateOfBirth(), person.getCircumstances().getCircumstanceDate()).getYears()
                    : person.getBirth().getEstimatedAge();
            assertTrue(age >= 18 && age <= 60, person.getCategory() + " aged " + age);
        }
    }

    @Test
    void anEstimatedAgeStandsInsteadOfADateOfBirth() {
        Map<DatePrecision, Integer> precisions = new EnumMap<>(DatePrecision.class);
        for (PersonDetails person : people(23L, MANY)) {
            precisions.merge(person.getBirth().getDateOfBirthPrecision(), 1, Integer::sum);
            if (person.getBirth().getDateOfBirthPrecision() == DatePrecision.ESTIMATED) {
                assertNull(person.getBirth().getDateOfBirth());
                assertNotNull(person.getBirth().getEstimatedAge());
            } else {
                assertNotNull(person.getBirth().getDateOfBirth());
                assertNull(person.getBirth().getEstimatedAge());
            }
            if (person.getBirth().getDateOfBirthPrecision() == DatePrecision.YEAR) {
                assertEquals(1, person.getBirth().getDateOfBirth().getDayOfYear());
            }
            if (person.getBirth().getDateOfBirthPrecision() == DatePrecision.MONTH) {
                assertEquals(1, person.getBirth().getDateOfBirth().getDayOfMonth());
            }
        }
        assertEquals(Set.of(DatePrecision.values()), precisions.keySet());
        assertTrue(precisions.get(DatePrecision.EXACT) > MANY * 7 / 10, precisions.toString());
    }

    @Test
    void theAssigneeWorksInTheOfficeOfTheCase() {
        Map<String, Set<String>> assignees = Map.of(
                "KYIV", Set.of("caseworker", "supervisor"),
                "KHARKIV", Set.of("caseworker2"),
                "HQ", Set.of("hq"));
        int unassigned = 0;
        for (PersonDetails person : people(29L, MANY)) {
            if (person.getAssignedTo() == null) {
                unassigned++;
            } else {
                assertTrue(assignees.get(person.getOffice()).contains(person.getAssignedTo()),
                        person.getAssignedTo() + " in " + person.getOffice());
            }
        }
        assertTrue(unassigned > 0 && unassigned < MANY / 2, "unassigned: " + unassigned);
    }

    @Test
    void namesMatchTheSexAndTheSide() {
        Names names = new Names();
        Set<String> ukrainianMen = given(names.ukrainianMen);
        Set<String> ukrainianWomen = given(names.ukrainianWomen);
        Set<String> russianMen = given(names.russianMen);
        Set<String> russianWomen = given(names.russianWomen);
        for (PersonDetails person : people(31L, MANY)) {
            boolean held = person.getSide() == Side.HELD;
            boolean female = person.getOrigin().getSex() == Sex.FEMALE;
            Set<String> expected = held ? (female ? russianWomen : russianMen) : (female ? ukrainianWomen : ukrainianMen);
            assertTrue(expected.contains(person.getNames().getGivenName()), person.getOrigin().getSex() + " " + person.getNames().getGivenName());
            if (person.getNames().getPatronymic() != null) {
                String patronymic = person.getNames().getPatronymic();
                assertTrue(female ? patronymic.endsWith("вна") || patronymic.endsWith("ична") : patronymic.endsWith("ич") || patronymic.endsWith("іч"),
                        person.getOrigin().getSex() + " " + patronymic);
            }
            if (held) {
                assertEquals("Russian Federation", person.getOrigin().getCitizenship());
                String written = person.getNames().getFamilyName() + person.getNames().getGivenName() + person.getNames().getPatronymic();
                assertTrue(written.chars().noneMatch(c -> "іїєґІЇЄҐ".indexOf(c) >= 0), written);
            }
            for (String alias : person.getAliases()) {
                assertFalse(held, "aliases are given to our people's names");
                assertTrue(alias.endsWith(" " + person.getNames().getFamilyName()), alias);
            }
        }
    }

    private static Set<String> given(Names.Given[] pool) {
        return Arrays.stream(pool).map(Names.Given::name).collect(Collectors.toSet());
    }

    @Test
    void theStockHasCommonAndRareNames() {
        Names names = new Names();

        assertTrue(given(names.ukrainianMen).size() >= 40);
        assertTrue(given(names.ukrainianWomen).size() >= 40);
        assertTrue(Arrays.stream(names.ukrainianFamilies).distinct().count() >= 60);
        Map<String, Long> men = Arrays.stream(names.ukrainianMen)
                .collect(Collectors.groupingBy(Names.Given::name, Collectors.counting()));
        assertTrue(men.get("Олександр") > men.get("Зіновій"));
    }

    @Test
    void patronymicsAreFormedAsEachLanguageFormsThem() {
        Map<String, String> ukrainian = new HashMap<>();
        for (String father : List.of("Петро", "Микола", "Сергій", "Василь", "Олександр", "Григорій", "Ілля", "Федір", "Дмитро")) {
            ukrainian.put(father, Names.ukrainianPatronymic(father, true) + " " + Names.ukrainianPatronymic(father, false));
        }
        assertEquals(Map.of(
                "Петро", "Петрович Петрівна",
                "Микола", "Миколайович Миколаївна",
                "Сергій", "Сергійович Сергіївна",
                "Василь", "Васильович Василівна",
                "Олександр", "Олександрович Олександрівна",
                "Григорій", "Григорович Григорівна",
                "Ілля", "Ілліч Іллівна",
                "Федір", "Федорович Федорівна",
                "Дмитро", "Дмитрович Дмитрівна"), ukrainian);

        Map<String, String> russian = new HashMap<>();
        for (String father : List.of("Алексей", "Николай", "Юрий", "Дмитрий", "Игорь", "Иван", "Пётр", "Илья")) {
            russian.put(father, Names.russianPatronymic(father, true) + " " + Names.russianPatronymic(father, false));
        }
        assertEquals(Map.of(
                "Алексей", "Алексеевич Алексеевна",
                "Николай", "Николаевич Николаевна",
                "Юрий", "Юрьевич Юрьевна",
                "Дмитрий", "Дмитриевич Дмитриевна",
                "Игорь", "Игоревич Игоревна",
                "Иван", "Иванович Ивановна",
                "Пётр", "Петрович Петровна",
                "Илья", "Ильич Ильинична"), russian);
        assertEquals("Иванова", Names.russianFeminine("Иванов"));
        assertEquals("Кравец", Names.russianFeminine("Кравец"));
    }

    @Test
    void theSeriouslyWoundedAreFlaggedForDirectRepatriation() {
        int wounded = 0;
        for (PersonDetails person : people(37L, MANY)) {
            assertEquals(person.getHealth().getHealthCondition() == HealthCondition.SERIOUSLY_WOUNDED, person.getHealth().isSeriouslyWounded());
            wounded += person.getHealth().isSeriouslyWounded() ? 1 : 0;
        }
        assertTrue(wounded > 0);
    }

    @Test
    void datesFallInTheWarAndWhereaboutsAreConfirmedAfterTheEvent() {
        for (PersonDetails person : people(41L, MANY)) {
            LocalDate event = person.getCircumstances().getCircumstanceDate();
            assertFalse(event.isBefore(PeopleGenerator.FIRST_EVENT), event.toString());
            assertFalse(event.isAfter(PeopleGenerator.LAST_EVENT), event.toString());
            if (person.getWhereabouts().getLocationConfirmedOn() != null) {
                assertTrue(person.getWhereabouts().getLocationConfirmedOn().isAfter(event));
                assertNotNull(person.getWhereabouts().getCurrentLocation());
            }
        }
    }

    @Test
    void remainsCarryTheirIdentification() {
        List<PersonDetails> remains = people(43L, MANY).stream().filter(p -> p.getCategory() == Category.REMAINS).toList();

        assertFalse(remains.isEmpty());
        for (PersonDetails person : remains) {
            assertNotNull(person.getRemains().getIdentificationStatus());
            assertNull(person.getHealth().getHealthCondition());
        }
        assertTrue(remains.stream().anyMatch(p -> "DNA".equals(p.getRemains().getIdentificationMethod())));
        assertTrue(remains.stream().anyMatch(p -> p.getRemains().getTagNumber() != null));
    }

    /**
     * Every property of the form, by name, those of its parts (value objects) under the part's name: two
     * people are the same when all of these are equal.
     */
    private static Map<String, Object> everything(Object form) {
        Map<String, Object> properties = new TreeMap<>();
        for (Method getter : form.getClass().getMethods()) {
            String name = getter.getName();
            boolean property = getter.getParameterCount() == 0 && getter.getDeclaringClass() == form.getClass()
                    && (name.startsWith("get") || name.startsWith("is"));
            if (property) {
                try {
                    Object value = getter.invoke(form);
                    boolean part = value != null && value.getClass().isAnnotationPresent(jakarta.persistence.Embeddable.class);
                    properties.put(name, part ? everything(value) : value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(name, e);
                }
            }
        }
        return properties;
    }
}
