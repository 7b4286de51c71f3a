package org.homeward.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.person.Category;
import org.homeward.person.DatePrecision;
import org.homeward.person.PersonDetails;
import org.homeward.person.Sex;
import org.homeward.person.Side;
import org.homeward.platform.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ListFileTest {

    private static final ImportDefaults DEFAULTS = new ImportDefaults(Category.POW, Side.OWN, "KYIV");

    /** A Ukrainian list long enough for letter statistics, as the other side's clerks would type it. */
    private static String ukrainianList(String d) {
        return String.join(d, "Прізвище", "Ім'я", "По батькові", "Стать", "Дата народження") + "\r\n"
                + String.join(d, "Шевченко", "Олексій", "Петрович", "ч", "12.04.1998") + "\r\n"
                + String.join(d, "Коваленко", "Ганна", "Іванівна", "ж", "1987-11-03") + "\r\n"
                + String.join(d, "Бондаренко", "Андрій", "Миколайович", "ч", "1995") + "\r\n"
                + String.join(d, "Ткаченко", "Юрій", "Васильович", "ч", "03.2001") + "\r\n"
                + String.join(d, "Кравченко", "Євгенія", "Олегівна", "ж", "21.09.1979") + "\r\n";
    }

    private static String russianList(String d) {
        return String.join(d, "Фамилия", "Имя", "Отчество", "Пол", "Дата рождения") + "\n"
                + String.join(d, "Шевченко", "Алексей", "Петрович", "м", "12.04.1998") + "\n"
                + String.join(d, "Кузнецов", "Николай", "Сергеевич", "м", "1990-01-15") + "\n"
                + String.join(d, "Смирнова", "Анна", "Владимировна", "ж", "1985-06-30") + "\n"
                + String.join(d, "Попов", "Юрий", "Александрович", "м", "1979") + "\n";
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({"UTF-8,comma", "UTF-8,semicolon", "UTF-8,tab", "UTF-8 BOM,comma", "UTF-8 BOM,semicolon", "UTF-8 BOM,tab",
            "windows-1251,comma", "windows-1251,semicolon", "windows-1251,tab", "KOI8-U,comma", "KOI8-U,semicolon", "KOI8-U,tab"})
    void everyEncodingAndDelimiterIsFoundAndReadBack(String encoding, String delimiterName) {
        String d = switch (delimiterName) {
            case "comma" -> ",";
            case "semicolon" -> ";";
            default -> "\t";
        };
        byte[] bytes = bytes(encoding, ukrainianList(d));

        ListFile file = ListFile.read(bytes, null);

        assertNull(file.problem());
        assertEquals(encoding.equals("UTF-8 BOM") ? "UTF-8" : encoding, file.charset());
        assertEquals(d.charAt(0), file.delimiter());
        assertEquals(List.of("Прізвище", "Ім'я", "По батькові", "Стать", "Дата народження"), file.header());
        assertEquals(5, file.rows().size());
        assertEquals(List.of("Кравченко", "Євгенія", "Олегівна", "ж", "21.09.1979"), file.rows().get(4).cells());
        assertEquals(2, file.rows().get(0).line());

        List<FieldError> problems = new ArrayList<>();
        PersonDetails first = ListedPerson.read(file.rows().get(0).cells(), file.header().size(),
                ColumnMapping.of(file.header(), null, problems), DEFAULTS, problems);
        assertEquals(List.of(), problems);
        assertEquals("Шевченко", first.getNames().getFamilyName());
        assertEquals("Олексій", first.getNames().getGivenName());
        assertEquals(Sex.MALE, first.getOrigin().getSex());
        assertEquals(LocalDate.of(1998, 4, 12), first.getBirth().getDateOfBirth());
        assertEquals(DatePrecision.EXACT, first.getBirth().getDateOfBirthPrecision());
    }

    @ParameterizedTest(name = "Russian list in {0}")
    @CsvSource({"windows-1251", "KOI8-U", "UTF-8"})
    void russianHeadersAreMatchedAndTheEncodingFound(String encoding) {
        ListFile file = ListFile.read(bytes(encoding, russianList(";")), null);

        assertNull(file.problem());
        assertEquals(encoding, file.charset());
        List<FieldError> problems = new ArrayList<>();
        ColumnMapping mapping = ColumnMapping.of(file.header(), null, problems);
        assertEquals(Map.of("familyName", "Фамилия", "givenName", "Имя", "patronymic", "Отчество", "sex", "Пол",
                "dateOfBirth", "Дата рождения"), mapping.byHeader(file.header()));
        PersonDetails second = ListedPerson.read(file.rows().get(1).cells(), 5, mapping, DEFAULTS, problems);
        assertEquals("Николай", second.getNames().getGivenName());
        assertEquals(List.of(), problems);
    }

    @Test
    void theUsersChoiceOfEncodingIsKeptAndAWrongOneRefused() {
        byte[] windows = bytes("windows-1251", ukrainianList(","));

        assertEquals("windows-1251", ListFile.read(windows, "windows-1251").charset());
        FieldError wrong = ListFile.read(windows, "UTF-8").problem();
        assertEquals(FieldError.of("file", "import.file.notInEncoding", "UTF-8"), wrong);
    }

    @Test
    void aBinaryFileIsRefusedAsNotText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        assertEquals(FieldError.of("file", "import.file.binary"), ListFile.read(png, null).problem());
    }

    @Test
    void aQuoteLeftOpenStopsTheReadingNamingItsLine() {
        String text = "family name,given name\nShevchenko,Oleksii\n\"Kovalenko,Hanna\nBondarenko,Andrii\n";

        ListFile file = ListFile.read(text.getBytes(StandardCharsets.UTF_8), null);

        assertEquals(FieldError.of("row", "import.file.quoteOpen", 3L), file.problem());
        assertEquals(3, file.stoppedAt());
        assertEquals(1, file.rows().size());
    }

    @Test
    void missingRequiredColumnsAreNamed() {
        ListFile file = ListFile.read("given name,date of birth\nOleksii,1990\n".getBytes(StandardCharsets.UTF_8), null);
        List<FieldError> problems = new ArrayList<>();

        ColumnMapping.of(file.header(), null, problems);

        assertEquals(List.of(FieldError.of("file", "import.column.missing", "familyName"),
                FieldError.of("file", "import.column.missing", "sex")), problems);
    }

    @Test
    void aChosenMappingWinsOverTheHeaders() {
        List<String> header = List.of("Name", "Surname given by ICRC", "Sex");
        List<FieldError> problems = new ArrayList<>();

        ColumnMapping mapping = ColumnMapping.of(header, Map.of("familyName", "Surname given by ICRC", "nickname", "Name"), problems);

        assertEquals("Surname given by ICRC", mapping.byHeader(header).get("familyName"));
        assertEquals(List.of(FieldError.of("mapping", "import.mapping.unknownField", "nickname")), problems);
    }

    @Test
    void rowsWithTooManyCellsImpossibleDatesAndUnknownValuesNameTheField() {
        List<String> header = List.of("family name", "date of birth", "sex", "side");
        List<FieldError> problems = new ArrayList<>();
        ColumnMapping mapping = ColumnMapping.of(header, null, problems);

        ListedPerson.read(List.of("Shevchenko", "31.02.1990", "x", "THEIRS", "extra"), header.size(), mapping, DEFAULTS, problems);

        assertEquals(List.of(FieldError.of("row", "import.row.tooManyCells", 5, 4),
                FieldError.of("sex", "import.value.unknown", "x"), FieldError.of("side", "import.value.unknown", "THEIRS"),
                FieldError.of("dateOfBirth", "import.date.impossible", "31.02.1990")), problems);
    }

    @Test
    void datesOfAMonthOrAYearKeepTheirPrecision() {
        List<String> header = List.of("surname", "born", "sex");
        List<FieldError> problems = new ArrayList<>();
        ColumnMapping mapping = ColumnMapping.of(header, null, problems);

        PersonDetails month = ListedPerson.read(List.of("A", "04.1990", "m"), 3, mapping, DEFAULTS, problems);
        PersonDetails year = ListedPerson.read(List.of("B", "1990", "f"), 3, mapping, DEFAULTS, problems);

        assertEquals(DatePrecision.MONTH, month.getBirth().getDateOfBirthPrecision());
        assertEquals(LocalDate.of(1990, 4, 1), month.getBirth().getDateOfBirth());
        assertEquals(DatePrecision.YEAR, year.getBirth().getDateOfBirthPrecision());
        assertTrue(problems.isEmpty());
    }

    @Test
    void aMappingIsKeptForTheSourceWhateverDateItsNameCarries() {
        assertEquals("ICRC notification", ImportService.mappingKey("ICRC notification of 2026-07-23"));
        assertEquals("список іншої сторони", ImportService.mappingKey("список іншої сторони від 2026-07-23"));
        assertEquals("ombudsman list", ImportService.mappingKey("  ombudsman list "));
    }

    static byte[] bytes(String encoding, String text) {
        if (encoding.equals("UTF-8 BOM")) {
            return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        }
        return text.getBytes(Charset.forName(encoding));
    }
}
