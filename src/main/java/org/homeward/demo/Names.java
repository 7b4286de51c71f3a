package org.homeward.demo;

import java.util.ArrayList;
import java.util.List;
import org.homeward.person.Sex;

/**
 * The stock of names invented people are given: Ukrainian and Russian given names, each listed as
 * often as it is common so that Олександр comes up often and Зіновій now and then; family names in
 * both grammatical genders; patronymics formed from the father's name as each language forms them.
 */
final class Names {

    /** A given name, the patronymics a son and a daughter of a man so named carry, and its Russian form if it has its own. */
    record Given(String name, String russian, String sonPatronymic, String daughterPatronymic) {

        String patronymic(Sex childSex) {
            return childSex == Sex.FEMALE ? daughterPatronymic : sonPatronymic;
        }
    }

    /** A family name as a man and as a woman of the family write it. */
    record Family(String male, String female) {

        String of(Sex sex) {
            return sex == Sex.FEMALE ? female : male;
        }
    }

    // Name, Russian form ("-": the same or none of its own), weight. The Russian forms are those the
    // other side's lists use for our people, so that matching has something real to find.
    private static final String UKRAINIAN_MEN = """
            Олександр Александр 6
            Андрій Андрей 5
            Сергій Сергей 5
            Дмитро Дмитрий 4
            Олексій Алексей 4
            Микола Николай 4
            Іван Иван 4
            Володимир Владимир 4
            Юрій Юрий 3
            Віктор Виктор 3
            Максим - 4
            Петро Пётр 2
            Василь Василий 3
            Віталій Виталий 3
            Ігор Игорь 3
            Михайло Михаил 3
            Богдан - 2
            Тарас - 2
            Ярослав - 2
            Роман - 3
            Артем Артём 3
            Денис - 2
            Євген Евгений 3
            Олег - 3
            Павло Павел 2
            Руслан - 2
            Вадим - 2
            Владислав - 2
            Валерій Валерий 1
            Анатолій Анатолий 2
            Григорій Григорий 1
            Степан - 1
            Назар - 2
            Остап - 1
            Станіслав Станислав 1
            Костянтин Константин 2
            Геннадій Геннадий 1
            Леонід Леонид 1
            Данило Даниил 2
            Кирило Кирилл 2
            В'ячеслав Вячеслав 2
            Ілля Илья 1
            Антон - 2
            Матвій Матвей 1
            Тимофій Тимофей 1
            Федір Фёдор 1
            Святослав - 1
            Мирослав - 1
            Зіновій Зиновий 1
            Любомир - 1
            Орест - 1
            Всеволод - 1
            """;

    private static final String UKRAINIAN_WOMEN = """
            Олена Елена 5
            Наталія Наталья 5
            Оксана - 4
            Ірина Ирина 4
            Тетяна Татьяна 4
            Марія Мария 3
            Юлія Юлия 3
            Світлана Светлана 3
            Людмила - 3
            Галина - 3
            Катерина Екатерина 3
            Анастасія Анастасия 3
            Вікторія Виктория 3
            Ольга - 3
            Ганна Анна 2
            Надія Надежда 2
            Любов - 2
            Валентина - 2
            Лариса - 2
            Алла - 1
            Інна Инна 1
            Віра Вера 2
            Дарина Дарья 2
            Софія София 2
            Анна - 2
            Христина Кристина 2
            Ярослава - 1
            Соломія - 1
            Богдана - 1
            Мар'яна Марьяна 1
            Зоряна - 1
            Леся - 1
            Уляна Ульяна 1
            Злата - 1
            Василина - 1
            Олеся - 1
            Євгенія Евгения 1
            Ніна Нина 1
            Раїса Раиса 1
            Лілія Лилия 1
            Поліна Полина 1
            Аліна Алина 2
            Діана Диана 1
            Вероніка Вероника 1
            Мирослава - 1
            Таміла - 1
            """;

    private static final String RUSSIAN_MEN = """
            Александр 5
            Алексей 4
            Сергей 4
            Андрей 4
            Дмитрий 4
            Николай 2
            Иван 3
            Юрий 2
            Пётр 1
            Владимир 3
            Михаил 3
            Евгений 3
            Максим 3
            Артём 3
            Денис 2
            Роман 2
            Игорь 2
            Олег 2
            Павел 2
            Виктор 2
            Константин 2
            Илья 2
            Кирилл 2
            Никита 2
            Владислав 2
            Вадим 1
            Руслан 2
            Антон 2
            Егор 2
            Тимур 1
            Ринат 1
            Азамат 1
            Василий 1
            Григорий 1
            Станислав 1
            Степан 1
            Фёдор 1
            Анатолий 1
            Виталий 1
            Валерий 1
            Лев 1
            """;

    private static final String RUSSIAN_WOMEN = """
            Елена 3
            Наталья 3
            Ольга 3
            Татьяна 3
            Ирина 2
            Светлана 2
            Анна 2
            Мария 2
            Екатерина 2
            Юлия 2
            Анастасия 2
            Дарья 1
            Ксения 1
            Виктория 1
            Людмила 1
            """;

    // A family name whose feminine form differs is written "masculine/feminine"; the others
    // (-енко, -ук, -чук, -ак, -ів and the like) are the same for everyone in the family.
    private static final String UKRAINIAN_FAMILIES = """
            Шевченко 6
            Коваленко 5
            Бондаренко 5
            Ткаченко 4
            Кравченко 4
            Олійник 3
            Шевчук 4
            Поліщук 3
            Бойко 4
            Ткачук 3
            Марченко 3
            Мельник 5
            Лисенко 3
            Савченко 3
            Руденко 3
            Петренко 3
            Кравчук 3
            Коваль 3
            Мороз 3
            Павленко 2
            Левченко 2
            Харченко 2
            Карпенко 2
            Гончаренко 2
            Романенко 2
            Клименко 2
            Сидоренко 2
            Мазур 2
            Остапчук 2
            Литвиненко 2
            Гуменюк 1
            Пономаренко 2
            Дяченко 2
            Кузьменко 2
            Гнатюк 1
            Мартинюк 2
            Семенюк 1
            Приходько 2
            Савчук 2
            Федорук 1
            Ярошенко 1
            Демченко 2
            Костенко 2
            Білик 1
            Ковальчук 3
            Онищенко 1
            Зінченко 2
            Яковенко 1
            Середа 1
            Дорошенко 1
            Панченко 2
            Юрченко 2
            Іваненко 2
            Щербак 1
            Пилипенко 1
            Гаврилюк 2
            Присяжнюк 1
            Тарасюк 1
            Сташків 1
            Гринів 1
            Дідух 1
            Ґудзь 1
            Єрмоленко 1
            Чумак 1
            Шкарупа 1
            Дем'янчук 1
            Їжакевич 1
            Фединишин 1
            Яворський/Яворська 2
            Ковальський/Ковальська 2
            Левицький/Левицька 2
            Вишневський/Вишневська 1
            Садовський/Садовська 1
            Лозинський/Лозинська 1
            Осадчий/Осадча 1
            Головатий/Головата 1
            Білоус 1
            Іванов/Іванова 2
            Ковальов/Ковальова 1
            Чорновол 1
            """;

    private static final String RUSSIAN_FAMILIES = """
            Иванов 4
            Смирнов 4
            Кузнецов 3
            Попов 3
            Васильев 2
            Петров 3
            Соколов 2
            Михайлов 2
            Новиков 2
            Фёдоров 1
            Морозов 2
            Волков 2
            Алексеев 1
            Лебедев 1
            Семёнов 1
            Егоров 1
            Павлов 1
            Козлов 2
            Степанов 1
            Николаев 1
            Орлов 1
            Андреев 1
            Макаров 1
            Никитин 1
            Захаров 1
            Зайцев 1
            Соловьёв 1
            Борисов 1
            Яковлев 1
            Григорьев 1
            Романов 1
            Воробьёв 1
            Сергеев 1
            Кузьмин 1
            Фролов 1
            Дмитриев 1
            Королёв 1
            Гусев 1
            Киселёв 1
            Ильин 1
            Сорокин 1
            Медведев 1
            Жуков 1
            Баранов 1
            Комаров 1
            Давыдов 1
            Беляев 1
            Хабибуллин 1
            Гарипов 1
            Дондоков 1
            Бадмаев 1
            Кравец 1
            """;

    final Given[] ukrainianMen = ukrainianGivens(UKRAINIAN_MEN, true);
    final Given[] ukrainianWomen = ukrainianGivens(UKRAINIAN_WOMEN, false);
    final Given[] russianMen = russianGivens(RUSSIAN_MEN, true);
    final Given[] russianWomen = russianGivens(RUSSIAN_WOMEN, false);
    final Family[] ukrainianFamilies = families(UKRAINIAN_FAMILIES, false);
    final Family[] russianFamilies = families(RUSSIAN_FAMILIES, true);

    /** The patronymic a Ukrainian son or daughter of a man with this given name carries (Петро: Петрович, Петрівна). */
    static String ukrainianPatronymic(String father, boolean son) {
        switch (father) {
            case "Микола":
                return son ? "Миколайович" : "Миколаївна";
            case "Григорій":
                return son ? "Григорович" : "Григорівна";
            case "Ілля":
                return son ? "Ілліч" : "Іллівна";
            case "Федір":
                return son ? "Федорович" : "Федорівна";
            case "Яків":
                return son ? "Якович" : "Яківна";
            default:
                break;
        }
        if (father.endsWith("ій")) {
            String stem = father.substring(0, father.length() - 2);
            return son ? stem + "ійович" : stem + "іївна";
        }
        if (father.endsWith("о")) {
            String stem = father.substring(0, father.length() - 1);
            return son ? stem + "ович" : stem + "івна";
        }
        if (father.endsWith("ь")) {
            String stem = father.substring(0, father.length() - 1);
            return son ? stem + "ьович" : stem + "івна";
        }
        return son ? father + "ович" : father + "івна";
    }

    /** The patronymic a Russian son or daughter of a man with this given name carries (Юрий: Юрьевич, Юрьевна). */
    static String russianPatronymic(String father, boolean son) {
        switch (father) {
            case "Пётр":
                return son ? "Петрович" : "Петровна";
            case "Павел":
                return son ? "Павлович" : "Павловна";
            case "Лев":
                return son ? "Львович" : "Львовна";
            case "Илья":
                return son ? "Ильич" : "Ильинична";
            case "Никита":
                return son ? "Никитич" : "Никитична";
            case "Дмитрий":
                return son ? "Дмитриевич" : "Дмитриевна";
            default:
                break;
        }
        if (father.endsWith("ий")) {
            String stem = father.substring(0, father.length() - 2);
            return son ? stem + "ьевич" : stem + "ьевна";
        }
        if (father.endsWith("й") || father.endsWith("ь")) {
            String stem = father.substring(0, father.length() - 1);
            return son ? stem + "евич" : stem + "евна";
        }
        return son ? father + "ович" : father + "овна";
    }

    /** The feminine of a Russian family name: the possessive forms (-ов, -ев, -ёв, -ин) take an -а, the others do not change. */
    static String russianFeminine(String family) {
        return family.endsWith("ов") || family.endsWith("ев") || family.endsWith("ёв") || family.endsWith("ин")
                ? family + "а" : family;
    }

    private static Given[] ukrainianGivens(String table, boolean men) {
        List<Given> pool = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String[] cells = line.strip().split(" ");
            String russian = "-".equals(cells[1]) ? null : cells[1];
            Given given = men
                    ? new Given(cells[0], russian, ukrainianPatronymic(cells[0], true), ukrainianPatronymic(cells[0], false))
                    : new Given(cells[0], russian, null, null);
            repeat(pool, given, Integer.parseInt(cells[2]));
        }
        return pool.toArray(Given[]::new);
    }

    private static Given[] russianGivens(String table, boolean men) {
        List<Given> pool = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String[] cells = line.strip().split(" ");
            Given given = men
                    ? new Given(cells[0], null, russianPatronymic(cells[0], true), russianPatronymic(cells[0], false))
                    : new Given(cells[0], null, null, null);
            repeat(pool, given, Integer.parseInt(cells[1]));
        }
        return pool.toArray(Given[]::new);
    }

    private static Family[] families(String table, boolean russian) {
        List<Family> pool = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String[] cells = line.strip().split(" ");
            int slash = cells[0].indexOf('/');
            Family family;
            if (slash >= 0) {
                family = new Family(cells[0].substring(0, slash), cells[0].substring(slash + 1));
            } else {
                family = new Family(cells[0], russian ? russianFeminine(cells[0]) : cells[0]);
            }
            repeat(pool, family, Integer.parseInt(cells[1]));
        }
        return pool.toArray(Family[]::new);
    }

    private static <T> void repeat(List<T> pool, T entry, int weight) {
        for (int i = 0; i < weight; i++) {
            pool.add(entry);
        }
    }
}
