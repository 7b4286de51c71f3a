package org.homeward.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.homeward.person.Category;
import org.homeward.person.Circumstance;
import org.homeward.person.DatePrecision;
import org.homeward.person.DocumentType;
import org.homeward.person.HealthCondition;
import org.homeward.person.IdentificationStatus;
import org.homeward.person.IdentityDocument;
import org.homeward.person.PersonDetails;
import org.homeward.person.Sex;
import org.homeward.person.Side;

/**
 * An invented caseload: prisoners of war, detained civilians, deported children and the remains of
 * the fallen, our own people and the other side's, with the names, units, places, dates and
 * documents a bureau records about them. Nobody in it is real. The same seed always gives the same
 * people in the same order, so a demonstration or a benchmark can be repeated exactly. One generator
 * is one sequence: it is not to be shared between threads.
 */
public final class PeopleGenerator {

    /** The day the full-scale invasion began: no case in this caseload starts earlier. */
    static final LocalDate FIRST_EVENT = LocalDate.of(2022, 2, 24);
    static final LocalDate LAST_EVENT = LocalDate.of(2026, 10, 31);
    /** Whereabouts are confirmed up to this day, so that no generated date lies in the future of the demo. */
    static final LocalDate LAST_CONFIRMATION = LocalDate.of(2026, 11, 20);

    private static final LocalDate CHILDREN_BORN_FROM = LocalDate.of(2008, 1, 1);
    private static final LocalDate CHILDREN_BORN_UNTIL = LocalDate.of(2021, 12, 31);

    private static final Names NAMES = new Names();

    /** A town where something happened, its oblast (none outside Ukraine), and when it could have happened there. */
    private record Place(String town, String oblast, long fromDay, long untilDay) {
    }

    /** A military unit and the service it belongs to. */
    private record Unit(String name, String branch) {
    }

    // town | oblast ("-": outside Ukraine) | first day | last day | weight. The days are when the
    // fighting or the occupation there made such a case possible: nobody was captured in Bucha in 2024.
    private static final Place[] BATTLES = places("""
            Mariupol|Donetska|2022-02-24|2022-05-20|6
            Volnovakha|Donetska|2022-02-24|2022-03-12|1
            Hostomel|Kyivska|2022-02-24|2022-03-31|1
            Irpin|Kyivska|2022-02-27|2022-03-28|1
            Chernihiv|Chernihivska|2022-02-24|2022-04-01|1
            Trostianets|Sumska|2022-02-24|2022-03-26|1
            Izium|Kharkivska|2022-03-01|2022-09-10|2
            Popasna|Luhanska|2022-03-01|2022-05-08|1
            Sievierodonetsk|Luhanska|2022-03-01|2022-06-25|2
            Lysychansk|Luhanska|2022-03-01|2022-07-03|1
            Snihurivka|Mykolaivska|2022-03-01|2022-11-10|1
            Kherson|Khersonska|2022-02-24|2022-11-11|1
            Lyman|Donetska|2022-05-20|2026-10-31|2
            Soledar|Donetska|2022-08-01|2023-01-16|1
            Bakhmut|Donetska|2022-08-01|2023-05-20|4
            Kupiansk|Kharkivska|2022-09-10|2026-10-31|2
            Vuhledar|Donetska|2022-10-01|2024-10-01|2
            Avdiivka|Donetska|2022-10-01|2024-02-17|3
            Orikhiv|Zaporizka|2022-03-01|2026-10-31|1
            Huliaipole|Zaporizka|2022-03-01|2026-10-31|1
            Robotyne|Zaporizka|2023-06-01|2023-11-30|2
            Krynky|Khersonska|2023-10-15|2024-07-17|2
            Chasiv Yar|Donetska|2023-05-21|2026-10-31|2
            Vovchansk|Kharkivska|2024-05-10|2026-10-31|2
            Toretsk|Donetska|2024-06-15|2025-02-28|1
            Kurakhove|Donetska|2024-09-01|2025-01-10|1
            Velyka Novosilka|Donetska|2024-10-01|2025-01-26|1
            Pokrovsk|Donetska|2024-07-15|2026-10-31|3
            Kostiantynivka|Donetska|2025-01-01|2026-10-31|2
            Sudzha|-|2024-08-06|2025-03-13|2
            """);

    private static final Place[] OCCUPIED = places("""
            Mariupol|Donetska|2022-03-01|2026-10-31|4
            Melitopol|Zaporizka|2022-02-26|2026-10-31|3
            Berdiansk|Zaporizka|2022-02-27|2026-10-31|2
            Enerhodar|Zaporizka|2022-03-04|2026-10-31|2
            Tokmak|Zaporizka|2022-03-01|2026-10-31|1
            Vasylivka|Zaporizka|2022-03-01|2026-10-31|1
            Nova Kakhovka|Khersonska|2022-02-24|2026-10-31|2
            Oleshky|Khersonska|2022-02-25|2026-10-31|2
            Hola Prystan|Khersonska|2022-02-25|2026-10-31|1
            Skadovsk|Khersonska|2022-03-01|2026-10-31|1
            Kherson|Khersonska|2022-03-01|2022-11-11|3
            Izium|Kharkivska|2022-04-01|2022-09-10|2
            Balakliia|Kharkivska|2022-03-03|2022-09-08|1
            Kupiansk|Kharkivska|2022-02-27|2022-09-10|1
            Bucha|Kyivska|2022-02-27|2022-03-31|1
            Hostomel|Kyivska|2022-02-25|2022-03-31|1
            Lysychansk|Luhanska|2022-07-03|2026-10-31|1
            Sievierodonetsk|Luhanska|2022-06-25|2026-10-31|1
            Starobilsk|Luhanska|2022-03-01|2026-10-31|1
            Volnovakha|Donetska|2022-03-12|2026-10-31|1
            """);

    // Where the other side's civilians were detained, and where our people were born: every oblast
    // under Ukrainian control and the capital.
    private static final Place[] HINTERLAND = places("""
            Kyiv|Kyiv city|2022-02-24|2026-10-31|4
            Vinnytsia|Vinnytska|2022-02-24|2026-10-31|1
            Lutsk|Volynska|2022-02-24|2026-10-31|1
            Dnipro|Dnipropetrovska|2022-02-24|2026-10-31|2
            Kramatorsk|Donetska|2022-02-24|2026-10-31|1
            Zhytomyr|Zhytomyrska|2022-02-24|2026-10-31|1
            Uzhhorod|Zakarpatska|2022-02-24|2026-10-31|1
            Zaporizhzhia|Zaporizka|2022-02-24|2026-10-31|2
            Ivano-Frankivsk|Ivano-Frankivska|2022-02-24|2026-10-31|1
            Bila Tserkva|Kyivska|2022-02-24|2026-10-31|1
            Kropyvnytskyi|Kirovohradska|2022-02-24|2026-10-31|1
            Lviv|Lvivska|2022-02-24|2026-10-31|2
            Mykolaiv|Mykolaivska|2022-02-24|2026-10-31|1
            Odesa|Odeska|2022-02-24|2026-10-31|2
            Poltava|Poltavska|2022-02-24|2026-10-31|1
            Rivne|Rivnenska|2022-02-24|2026-10-31|1
            Sumy|Sumska|2022-02-24|2026-10-31|1
            Ternopil|Ternopilska|2022-02-24|2026-10-31|1
            Kharkiv|Kharkivska|2022-02-24|2026-10-31|3
            Kherson|Khersonska|2022-11-12|2026-10-31|1
            Khmelnytskyi|Khmelnytska|2022-02-24|2026-10-31|1
            Cherkasy|Cherkaska|2022-02-24|2026-10-31|1
            Chernivtsi|Chernivetska|2022-02-24|2026-10-31|1
            Chernihiv|Chernihivska|2022-02-24|2026-10-31|1
            Sievierodonetsk|Luhanska|2022-02-24|2022-06-24|1
            """);

    private static final String[] OWN_BIRTHPLACES = birthplaces();

    private static final String[] HELD_BIRTHPLACES = weighted("""
            Rostov-on-Don 2
            Krasnodar 2
            Novosibirsk 1
            Kazan 1
            Ufa 1
            Chelyabinsk 1
            Omsk 1
            Ulan-Ude 1
            Perm 1
            Samara 1
            Volgograd 1
            Kursk 1
            Belgorod 1
            Pskov 1
            Ryazan 1
            Yekaterinburg 1
            Saratov 1
            Orenburg 1
            Kemerovo 1
            Krasnoyarsk 1
            Tyumen 1
            Irkutsk 1
            Khabarovsk 1
            Kyzyl 1
            Donetsk 2
            Luhansk 1
            """);

    private static final Unit[] OWN_UNITS = units("""
            36 окрема бригада морської піхоти|Військово-морські сили|3
            35 окрема бригада морської піхоти|Військово-морські сили|2
            93 окрема механізована бригада «Холодний Яр»|Сухопутні війська|2
            93 ОМБр|Сухопутні війська|1
            72 ОМБр|Сухопутні війська|2
            24 окрема механізована бригада|Сухопутні війська|2
            47 окрема механізована бригада|Сухопутні війська|1
            53 ОМБр|Сухопутні війська|1
            110 окрема механізована бригада|Сухопутні війська|1
            3 окрема штурмова бригада|Сухопутні війська|1
            128 окрема гірсько-штурмова бригада|Сухопутні війська|1
            79 окрема десантно-штурмова бригада|Десантно-штурмові війська|2
            25 окрема повітрянодесантна бригада|Десантно-штурмові війська|1
            95 ОДШБр|Десантно-штурмові війська|1
            Територіальна оборона, 112 бригада|Сили територіальної оборони|2
            Територіальна оборона, 127 бригада|Сили територіальної оборони|2
            Територіальна оборона, 241 бригада|Сили територіальної оборони|1
            12 бригада оперативного призначення «Азов»|Національна гвардія України|3
            Маріупольський прикордонний загін|Державна прикордонна служба України|1
            """);

    private static final Unit[] HELD_UNITS = units("""
            155 отдельная бригада морской пехоты|Береговые войска ВМФ|2
            810 отдельная бригада морской пехоты|Береговые войска ВМФ|1
            200 отдельная мотострелковая бригада|Сухопутные войска|2
            150 мотострелковая дивизия|Сухопутные войска|2
            71 мотострелковый полк|Сухопутные войска|1
            4 гвардейская танковая дивизия|Сухопутные войска|1
            1 армейский корпус|Сухопутные войска|2
            Штурмовой отряд «Шторм Z»|Сухопутные войска|2
            76 десантно-штурмовая дивизия|Воздушно-десантные войска|2
            106 гвардейская воздушно-десантная дивизия|Воздушно-десантные войска|1
            46 отдельная бригада оперативного назначения|Росгвардия|1
            """);

    private static final String[] OWN_RANKS = weighted("""
            солдат 30
            старший_солдат 18
            молодший_сержант 10
            сержант 8
            старший_сержант 6
            головний_сержант 2
            штаб-сержант 2
            молодший_лейтенант 3
            лейтенант 5
            старший_лейтенант 5
            капітан 4
            майор 2
            підполковник 1
            """);

    private static final String[] HELD_RANKS = weighted("""
            рядовой 30
            ефрейтор 15
            младший_сержант 8
            сержант 7
            старший_сержант 5
            прапорщик 4
            лейтенант 4
            старший_лейтенант 4
            капитан 3
            майор 2
            подполковник 1
            """);

    private static final String[] CAPTORS_OF_SOLDIERS = weighted("""
            Armed_Forces_of_the_Russian_Federation 6
            Rosgvardia 1
            1st_Army_Corps_(Russian-controlled_forces) 1
            """);

    private static final String[] CAPTORS_OF_CIVILIANS = weighted("""
            FSB_of_the_Russian_Federation 4
            occupation_administration 2
            Rosgvardia 1
            Russian_military_police 1
            """);

    private static final String[] DEPORTERS = weighted("""
            occupation_administration 3
            Armed_Forces_of_the_Russian_Federation 1
            occupation_children's_services 1
            """);

    private static final String[] OUR_CAPTORS = weighted("""
            Armed_Forces_of_Ukraine 5
            National_Guard_of_Ukraine 2
            State_Border_Guard_Service_of_Ukraine 1
            """);

    private static final String[] POW_LOCATIONS = weighted("""
            SIZO-2_Taganrog 3
            Olenivka_colony 3
            SIZO-1_Rostov-on-Don 2
            IK-10_Mordovia 1
            SIZO-1_Kursk 1
            SIZO-1_Bryansk 1
            IK-6_Novozybkov 1
            SIZO-3_Kamyshin 1
            IK-7_Kirov_region 1
            IK-2_Ryazan 1
            Correctional_colony_No._2,_Horlivka 1
            prison_hospital,_Donetsk 1
            """);

    private static final String[] CIVILIAN_LOCATIONS = weighted("""
            SIZO-2_Simferopol 2
            Izoliatsia,_Donetsk 2
            SIZO-2_Taganrog 2
            SIZO-1_Kursk 1
            Olenivka_colony 1
            temporary_detention_facility,_Melitopol 1
            SIZO-1_Rostov-on-Don 1
            IK-3_Crimea 1
            """);

    private static final String[] CHILD_LOCATIONS = weighted("""
            children's_camp_in_Crimea 3
            camp_"Druzhba",_Yevpatoria 1
            foster_family,_Moscow_oblast 2
            foster_family,_Kursk_oblast 1
            children's_home,_Rostov-on-Don 1
            boarding_school,_Donetsk 1
            sanatorium_in_Anapa 1
            cadet_school,_Crimea 1
            children's_home,_Chechnya 1
            """);

    private static final String[] HELD_LOCATIONS = weighted("""
            POW_camp,_Lvivska_oblast 4
            POW_holding_facility,_Zaporizka_oblast 1
            pre-trial_detention_centre,_Kyiv 1
            military_hospital,_Dnipro 1
            """);

    private static final String[] OWN_CONFIRMATIONS = weighted("""
            ICRC_visit 3
            returnee_testimony 3
            the_other_side's_list 2
            video_published_by_the_other_side 1
            Ombudsman_of_Ukraine 1
            Coordination_Headquarters 1
            """);

    private static final String[] HELD_CONFIRMATIONS = weighted("""
            camp_administration 3
            ICRC_visit 2
            """);

    private static final String[] SERIOUS_WOUNDS = weighted("""
            amputation_below_the_right_knee 1
            shrapnel_wounds_to_the_abdomen 1
            spinal_injury,_cannot_walk 1
            severe_burns_to_30%_of_the_body 1
            gunshot_wound_to_the_chest,_untreated 1
            loss_of_sight_in_both_eyes 1
            """);

    private static final String[] SLIGHT_WOUNDS = weighted("""
            shrapnel_wound,_left_arm 1
            concussion 1
            gunshot_wound_to_the_thigh,_healing 1
            broken_ribs 1
            """);

    private static final String[] ILLNESSES = weighted("""
            tuberculosis_reported_by_returnees 1
            diabetes,_needs_insulin 1
            lost_about_20_kg 1
            hypertension 1
            hepatitis_C 1
            pneumonia 1
            """);

    private static final String[] SEPARATIONS = weighted("""
            deported_together_with_a_children's_home 3
            parents_killed;_taken_to_Russia_by_the_occupation_authorities 2
            separated_from_the_mother_at_a_filtration_point 2
            sent_to_a_"recreation_camp"_and_not_returned 3
            evacuated_by_the_occupation_authorities_without_the_parents 2
            mother_detained;_child_placed_in_a_Russian_institution 1
            """);

    private static final String[] INSTITUTIONS = weighted("""
            Kherson_regional_children's_home 2
            Oleshky_boarding_school 1
            Mariupol_city_hospital,_children's_ward 1
            Novopskov_orphanage 1
            Berdiansk_boarding_school 1
            Lysychansk_children's_home 1
            Kharkiv_region_boarding_school_No._1 1
            Melitopol_children's_home 1
            """);

    private static final String[] STATUS_CHANGES = weighted("""
            Russian_citizenship_imposed 3
            placed_under_guardianship_in_the_Russian_Federation 2
            name_and_date_of_birth_changed_in_Russian_documents 1
            adopted_by_a_family_in_Moscow_oblast 1
            listed_in_the_Russian_adoption_database 1
            """);

    private static final String[] OWN_BURIALS = weighted("""
            Kyiv_city_morgue 2
            Dnipro_forensic_bureau,_refrigerated_storage 2
            Kharkiv_forensic_bureau 1
            Zaporizhzhia_forensic_bureau 1
            Lisove_cemetery,_Kyiv 1
            buried_by_the_family 1
            """);

    private static final String[] HELD_BURIALS = weighted("""
            refrigerated_storage,_Kyivska_oblast 3
            temporary_burial_site,_Kharkivska_oblast 1
            Zaporizhzhia_forensic_bureau 1
            """);

    private static final String[] LEGAL_BASES = weighted("""
            written_consent_of_the_next_of_kin 3
            consent_recorded_by_telephone,_confirmed_in_writing 1
            """);

    // Birth certificates carry a Roman series and the registry office's region.
    private static final String[] CERTIFICATE_SERIES = {"I", "II", "III", "IV", "І"};
    private static final String[] REGISTRY_REGIONS = {"КВ", "ХА", "ДН", "ЗП", "ХО", "ЛГ", "ОД", "МК", "СМ", "ЧН", "ПТ",
        "ЛВ", "ВН", "ЖТ", "РВ", "ТР", "ЧВ", "КР", "ЧК", "ХМ", "ВЛ", "ЗК", "ІФ", "ДП"};
    /** Letters of passport and military ID series: the Cyrillic capitals А to Я less Ь, Ъ, Ы and Э, which no series uses. */
    private static final char[] SERIES_LETTERS = seriesLetters();
    private static final char[] TOKEN_LETTERS = "АБВГДЕЖКМНОРСТФШ".toCharArray();

    private final SplittableRandom random;

    public PeopleGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next invented person of this sequence. */
    public PersonDetails next() {
        PersonDetails person = new PersonDetails();
        Category category = category();
        Side side = side(category);
        boolean held = side == Side.HELD;
        person.setCategory(category);
        person.setSide(side);
        office(person, category);
        person.getOrigin().setCitizenship(held ? "Russian Federation" : "Ukraine");

        Sex sex = sex(category, held);
        person.getOrigin().setSex(sex);
        Names.Family family = name(person, sex, held);

        Place place = circumstance(person, category, held);
        LocalDate event = person.getCircumstances().getCircumstanceDate();
        int age = birth(person, category, event);
        person.getOrigin().setPlaceOfBirth(placeOfBirth(category, held, place));

        boolean soldier = category == Category.POW || category == Category.REMAINS && random.nextInt(10) < 9;
        if (soldier) {
            military(person, held);
        }
        whereabouts(person, category, held, soldier, place, event);
        if (category == Category.POW || category == Category.CIVILIAN) {
            health(person);
        }
        if (category == Category.CHILD) {
            child(person, family);
        }
        if (category == Category.REMAINS) {
            remains(person, held, event);
        }
        consent(person, category);
        documents(person, category, held, soldier, age, event);
        return person;
    }

    /** The next {@code count} people of this sequence, made as the stream is read. */
    public Stream<PersonDetails> people(int count) {
        return Stream.generate(this::next).limit(count);
    }

    private Category category() {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return Category.POW;
        }
        if (roll < 75) {
            return Category.CIVILIAN;
        }
        return roll < 90 ? Category.CHILD : Category.REMAINS;
    }

    // The other side's people in our custody are soldiers and the bodies of soldiers, and a few
    // civilians; never children. These shares make about 15 % of all cases HELD.
    private Side side(Category category) {
        int perTenThousand = switch (category) {
            case POW, REMAINS -> 2154;
            case CIVILIAN -> 500;
            case CHILD -> 0;
        };
        return random.nextInt(10_000) < perTenThousand ? Side.HELD : Side.OWN;
    }

    private void office(PersonDetails person, Category category) {
        int roll = random.nextInt(100);
        if (roll < 45) {
            person.setOffice("KYIV");
            int who = random.nextInt(10);
            person.setAssignedTo(who < 5 ? "caseworker" : who < 7 ? "supervisor" : null);
        } else if (roll < 85) {
            person.setOffice("KHARKIV");
            person.setAssignedTo(random.nextInt(100) < 65 ? "caseworker2" : null);
        } else {
            person.setOffice("HQ");
            person.setAssignedTo(random.nextBoolean() ? "hq" : null);
        }
        // About a third of the children's locations are sensitive; other cases only now and then.
        person.setRestricted(category == Category.CHILD ? random.nextInt(3) == 0 : random.nextInt(50) == 0);
    }

    private Sex sex(Category category, boolean held) {
        int womenPerHundred = switch (category) {
            case POW -> held ? 2 : 7;
            case CIVILIAN -> held ? 20 : 35;
            case CHILD -> 50;
            case REMAINS -> 3;
        };
        return random.nextInt(100) < womenPerHundred ? Sex.FEMALE : Sex.MALE;
    }

    /** Names the person; returns the family, whose other gender's form a parent may need. */
    private Names.Family name(PersonDetails person, Sex sex, boolean held) {
        boolean female = sex == Sex.FEMALE;
        Names.Given[] fathers = held ? NAMES.russianMen : NAMES.ukrainianMen;
        Names.Given given = pick(female ? (held ? NAMES.russianWomen : NAMES.ukrainianWomen) : fathers);
        Names.Family[] families = held ? NAMES.russianFamilies : NAMES.ukrainianFamilies;
        Names.Family family = pick(families);
        Names.Given father = pick(fathers);
        person.getNames().setFamilyName(family.of(sex));
        person.getNames().setGivenName(given.name());
        if (random.nextInt(10) < 9) {
            person.getNames().setPatronymic(father.patronymic(sex));
        }
        if (random.nextBoolean()) {
            person.getNames().setFatherGivenName(father.name());
        }
        if (random.nextInt(100) < 35) {
            person.getNames().setMotherMaidenName(pick(families).female());
        }
        // The other side's lists write our people's given names in their Russian form.
        if (given.russian() != null && random.nextInt(4) == 0) {
            person.getAliases().add(given.russian() + " " + family.of(sex));
        }
        return family;
    }

    private Place circumstance(PersonDetails person, Category category, boolean held) {
        Circumstance circumstance;
        Place place;
        String authority;
        switch (category) {
            case POW -> {
                place = pick(BATTLES);
                boolean missing = !held && random.nextInt(100) < 15;
                circumstance = missing ? Circumstance.DISAPPEARANCE : Circumstance.CAPTURE;
                authority = missing ? null : pick(held ? OUR_CAPTORS : CAPTORS_OF_SOLDIERS);
            }
            case CIVILIAN -> {
                place = pick(held ? HINTERLAND : OCCUPIED);
                boolean missing = !held && random.nextInt(100) < 12;
                circumstance = missing ? Circumstance.DISAPPEARANCE : Circumstance.DETENTION;
                authority = missing ? null : held ? "Security Service of Ukraine (SBU)" : pick(CAPTORS_OF_CIVILIANS);
            }
            case CHILD -> {
                place = pick(OCCUPIED);
                boolean missing = random.nextInt(100) < 10;
                circumstance = missing ? Circumstance.DISAPPEARANCE : Circumstance.DEPORTATION;
                authority = missing ? null : pick(DEPORTERS);
            }
            default -> {
                place = pick(BATTLES);
                circumstance = Circumstance.DEATH;
                authority = null;
            }
        }
        person.getCircumstances().setCircumstance(circumstance);
        person.getCircumstances().setCircumstanceDate(LocalDate.ofEpochDay(place.fromDay() + random.nextLong(place.untilDay() - place.fromDay() + 1)));
        person.getCircumstances().setCircumstancePlace(place.town());
        person.getCircumstances().setOblast(place.oblast());
        person.getCircumstances().setDetainingAuthority(authority);
        return place;
    }

    /** Sets the date of birth, its precision or an estimated age; returns the age at the event. */
    private int birth(PersonDetails person, Category category, LocalDate event) {
        LocalDate born;
        LocalDate earliest;
        if (category == Category.CHILD) {
            // Under 18 on the day of separation, and born 2008 to 2021.
            LocalDate eighteenBefore = event.minusYears(18).plusDays(1);
            earliest = eighteenBefore.isAfter(CHILDREN_BORN_FROM) ? eighteenBefore : CHILDREN_BORN_FROM;
            long from = earliest.toEpochDay();
            born = LocalDate.ofEpochDay(from + random.nextLong(CHILDREN_BORN_UNTIL.toEpochDay() - from + 1));
        } else {
            // 18 to 59 on the day, so that a date known only to the month or year still makes 18 to 60.
            int years = category == Category.CIVILIAN
                    ? 18 + random.nextInt(42)
                    : 18 + (random.nextInt(42) + random.nextInt(42)) / 2;
            born = event.minusYears(years).minusDays(random.nextInt(365));
            earliest = null;
        }
        int age = ageAt(born, event);
        int roll = random.nextInt(100);
        int estimatedFrom = category == Category.REMAINS ? 65 : 94;
        if (roll >= estimatedFrom) {
            person.getBirth().setDateOfBirthPrecision(DatePrecision.ESTIMATED);
            person.getBirth().setEstimatedAge(age);
            return age;
        }
        DatePrecision precision = DatePrecision.EXACT;
        LocalDate recorded = born;
        if (roll >= 87) {
            recorded = born.withDayOfYear(1);
            precision = DatePrecision.YEAR;
        } else if (roll >= 82) {
            recorded = born.withDayOfMonth(1);
            precision = DatePrecision.MONTH;
        }
        if (earliest != null && recorded.isBefore(earliest)) {
            // Rounding down would make the child 18 on the day: keep the exact date instead.
            recorded = born;
            precision = DatePrecision.EXACT;
        }
        person.getBirth().setDateOfBirth(recorded);
        person.getBirth().setDateOfBirthPrecision(precision);
        return ageAt(recorded, event);
    }

    private String placeOfBirth(Category category, boolean held, Place place) {
        if (random.nextInt(10) < 3) {
            return null;
        }
        if (held) {
            return pick(HELD_BIRTHPLACES);
        }
        // Most deported children were born where they were taken from.
        return category == Category.CHILD && random.nextInt(10) < 7 && place.oblast() != null
                ? place.town() : pick(OWN_BIRTHPLACES);
    }

    private void military(PersonDetails person, boolean held) {
        Unit unit = pick(held ? HELD_UNITS : OWN_UNITS);
        person.getMilitary().setMilitaryRank(pick(held ? HELD_RANKS : OWN_RANKS));
        if (random.nextInt(10) < 9) {
            person.getMilitary().setMilitaryUnit(unit.name());
            person.getMilitary().setServiceBranch(unit.branch());
        }
        if (random.nextInt(10) < 7) {
            person.getMilitary().setServiceNumber(serviceNumber());
        }
    }

    private void whereabouts(PersonDetails person, Category category, boolean held, boolean soldier, Place place,
                             LocalDate event) {
        boolean missing = person.getCircumstances().getCircumstance() == Circumstance.DISAPPEARANCE;
        if (random.nextBoolean() || missing) {
            String near = place.town();
            person.getWhereabouts().setLastKnownLocation(switch (category) {
                case POW -> "positions near " + near;
                case REMAINS -> soldier ? "positions near " + near : "place of residence, " + near;
                case CIVILIAN -> held ? "place of residence, " + near : "filtration point, " + near;
                case CHILD -> random.nextBoolean() ? "children's home, " + near : "with the grandmother, " + near;
            });
        }
        if (missing || category == Category.REMAINS) {
            return;
        }
        int locatedPerHundred = held ? 75 : category == Category.POW ? 45 : 35;
        if (random.nextInt(100) >= locatedPerHundred) {
            return;
        }
        person.getWhereabouts().setCurrentLocation(pick(switch (category) {
            case POW -> held ? HELD_LOCATIONS : POW_LOCATIONS;
            case CIVILIAN -> held ? HELD_LOCATIONS : CIVILIAN_LOCATIONS;
            default -> CHILD_LOCATIONS;
        }));
        if (random.nextInt(10) < 8) {
            person.getWhereabouts().setLocationConfirmedBy(pick(held ? HELD_CONFIRMATIONS : OWN_CONFIRMATIONS));
            long from = event.toEpochDay() + 1;
            long until = Math.min(event.toEpochDay() + 720, LAST_CONFIRMATION.toEpochDay());
            person.getWhereabouts().setLocationConfirmedOn(LocalDate.ofEpochDay(from + random.nextLong(until - from + 1)));
        }
    }

    private void health(PersonDetails person) {
        int roll = random.nextInt(100);
        if (roll < 5) {
            return;
        }
        HealthCondition condition = roll < 50 ? HealthCondition.GOOD
                : roll < 70 ? HealthCondition.SICK
                : roll < 89 ? HealthCondition.SLIGHTLY_WOUNDED
                : HealthCondition.SERIOUSLY_WOUNDED;
        person.getHealth().setHealthCondition(condition);
        person.getHealth().setSeriouslyWounded(condition == HealthCondition.SERIOUSLY_WOUNDED);
        if (condition != HealthCondition.GOOD && random.nextInt(10) < 6) {
            person.getHealth().setMedicalNotes(pick(switch (condition) {
                case SERIOUSLY_WOUNDED -> SERIOUS_WOUNDS;
                case SLIGHTLY_WOUNDED -> SLIGHT_WOUNDS;
                default -> ILLNESSES;
            }));
        }
    }

    private void child(PersonDetails person, Names.Family family) {
        if (person.getCircumstances().getCircumstance() == Circumstance.DEPORTATION || random.nextBoolean()) {
            person.getChild().setSeparationCause(pick(SEPARATIONS));
        }
        if (random.nextInt(4) < 3) {
            person.getChild().setGuardian(guardian(person, family));
        }
        if (random.nextInt(100) < 35) {
            person.getChild().setInstitutionOfOrigin(pick(INSTITUTIONS));
        }
        if (random.nextInt(100) < 30) {
            person.getChild().setPersonalStatusChanges(pick(STATUS_CHANGES));
        }
        person.getChild().setIdentityInDoubt(random.nextInt(100) < 15);
        if (random.nextInt(10) < 3) {
            person.getHealth().setHealthCondition(random.nextInt(4) == 0 ? HealthCondition.SICK : HealthCondition.GOOD);
        }
    }

    // Who is looking for the child, written as the family gives it: the relation, then the name.
    private String guardian(PersonDetails person, Names.Family family) {
        int relation = random.nextInt(10);
        if (relation < 5) {
            return "мати: " + pick(NAMES.ukrainianWomen).name() + " " + family.female();
        }
        if (relation < 7) {
            String father = person.getNames().getFatherGivenName() != null ? person.getNames().getFatherGivenName() : pick(NAMES.ukrainianMen).name();
            return "батько: " + father + " " + family.male();
        }
        if (relation < 9) {
            return "бабуся: " + pick(NAMES.ukrainianWomen).name() + " " + pick(NAMES.ukrainianFamilies).female();
        }
        return "опікун: " + pick(NAMES.ukrainianMen).name() + " " + pick(NAMES.ukrainianFamilies).male();
    }

    private void remains(PersonDetails person, boolean held, LocalDate event) {
        int roll = random.nextInt(100);
        IdentificationStatus status = roll < 45 ? IdentificationStatus.CONFIRMED
                : roll < 70 ? IdentificationStatus.PRELIMINARY
                : IdentificationStatus.UNIDENTIFIED;
        person.getRemains().setIdentificationStatus(status);
        int method = random.nextInt(100);
        if (status == IdentificationStatus.CONFIRMED) {
            person.getRemains().setIdentificationMethod(method < 80 ? "DNA" : method < 92 ? "dental records" : "personal effects");
        } else if (status == IdentificationStatus.PRELIMINARY) {
            person.getRemains().setIdentificationMethod(method < 60 ? "personal effects" : method < 85 ? "dental records" : "DNA");
        }
        if (random.nextInt(10) < 8) {
            StringBuilder tag = new StringBuilder(12).append("B-").append(event.getYear()).append('-');
            padded(tag, random.nextInt(100_000), 5);
            person.getRemains().setTagNumber(tag.toString());
        }
        if (random.nextInt(10) < 6) {
            person.getRemains().setBurialPlace(pick(held ? HELD_BURIALS : OWN_BURIALS));
        }
    }

    private void consent(PersonDetails person, Category category) {
        person.getConsent().setConsentTracing(random.nextInt(100) < 92);
        person.getConsent().setConsentSharing(random.nextInt(100) < 60);
        if (!person.getConsent().isConsentTracing()) {
            // Without consent the bureau traces on the duty the law itself gives it.
            person.getConsent().setLegalBasis(switch (category) {
                case POW -> "GC III art. 122 (national information bureau)";
                case CIVILIAN -> "GC IV art. 136 (national information bureau)";
                case CHILD -> "best interests of the child (CRC art. 3)";
                case REMAINS -> "GC I art. 16-17 (identification of the dead)";
            });
        } else if (random.nextInt(100) < 15) {
            person.getConsent().setLegalBasis(pick(LEGAL_BASES));
        }
    }

    private void documents(PersonDetails person, Category category, boolean held, boolean soldier, int age, LocalDate event) {
        List<IdentityDocument.Draft> documents = person.getDocuments();
        String country = held ? "RU" : "UA";
        if (held) {
            if (soldier && random.nextInt(100) < 45) {
                documents.add(new IdentityDocument.Draft(DocumentType.MILITARY_ID, militaryId(7), country));
            }
            if (random.nextInt(10) == 0) {
                // A Russian international passport: nine digits.
                StringBuilder number = new StringBuilder(9).append(random.nextBoolean() ? "75" : "76");
                padded(number, random.nextInt(10_000_000), 7);
                documents.add(new IdentityDocument.Draft(DocumentType.PASSPORT, number.toString(), country));
            }
        } else if (category == Category.CHILD) {
            if (random.nextInt(100) < 75) {
                documents.add(new IdentityDocument.Draft(DocumentType.BIRTH_CERTIFICATE, birthCertificate(), country));
            }
            if (age >= 14 && random.nextInt(100) < 40) {
                documents.add(new IdentityDocument.Draft(DocumentType.NATIONAL_ID, nationalId(), country));
            }
        } else {
            int identity = random.nextInt(100);
            int carriedPerHundred = category == Category.REMAINS ? 40 : 100;
            if (identity < 45 * carriedPerHundred / 100) {
                documents.add(new IdentityDocument.Draft(DocumentType.PASSPORT, passportBook(), country));
            } else if (identity < 75 * carriedPerHundred / 100) {
                documents.add(new IdentityDocument.Draft(DocumentType.NATIONAL_ID, nationalId(), country));
            }
            if (soldier && random.nextInt(100) < 40) {
                documents.add(new IdentityDocument.Draft(DocumentType.MILITARY_ID, militaryId(6), country));
            }
            if (category == Category.POW && "ICRC visit".equals(person.getWhereabouts().getLocationConfirmedBy())) {
                StringBuilder reference = new StringBuilder(16).append("UKR-").append(event.getYear()).append('-');
                padded(reference, random.nextInt(1_000_000), 6);
                documents.add(new IdentityDocument.Draft(DocumentType.ICRC_REFERENCE, reference.toString(), null));
            }
        }
        if (person.getMilitary().getServiceNumber() != null && random.nextInt(4) == 0) {
            documents.add(new IdentityDocument.Draft(DocumentType.SERVICE_NUMBER, person.getMilitary().getServiceNumber(), country));
        }
    }

    private String passportBook() {
        StringBuilder number = new StringBuilder(9)
                .append(pick(SERIES_LETTERS)).append(pick(SERIES_LETTERS)).append(' ');
        padded(number, random.nextInt(1_000_000), 6);
        return number.toString();
    }

    private String militaryId(int digits) {
        StringBuilder number = new StringBuilder(10)
                .append(pick(SERIES_LETTERS)).append(pick(SERIES_LETTERS)).append(' ');
        padded(number, random.nextInt(digits == 7 ? 10_000_000 : 1_000_000), digits);
        return number.toString();
    }

    private String nationalId() {
        return Integer.toString(100_000_000 + random.nextInt(900_000_000));
    }

    private String birthCertificate() {
        StringBuilder number = new StringBuilder(12)
                .append(pick(CERTIFICATE_SERIES)).append('-').append(pick(REGISTRY_REGIONS)).append(' ');
        padded(number, random.nextInt(1_000_000), 6);
        return number.toString();
    }

    private String serviceNumber() {
        StringBuilder number = new StringBuilder(8).append(pick(TOKEN_LETTERS)).append('-');
        padded(number, random.nextInt(1_000_000), 6);
        return number.toString();
    }

    private <T> T pick(T[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    private char pick(char[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    static int ageAt(LocalDate born, LocalDate day) {
        int years = day.getYear() - born.getYear();
        boolean birthdayToCome = day.getMonthValue() < born.getMonthValue()
                || day.getMonthValue() == born.getMonthValue() && day.getDayOfMonth() < born.getDayOfMonth();
        return birthdayToCome ? years - 1 : years;
    }

    private static void padded(StringBuilder into, int value, int width) {
        int divisor = 1;
        for (int i = 1; i < width; i++) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            into.append((char) ('0' + value / divisor % 10));
        }
    }

    private static Place[] places(String table) {
        List<Place> pool = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String[] cells = line.strip().split("\\|");
            Place place = new Place(cells[0], "-".equals(cells[1]) ? null : cells[1],
                    LocalDate.parse(cells[2]).toEpochDay(), LocalDate.parse(cells[3]).toEpochDay());
            for (int i = Integer.parseInt(cells[4]); i > 0; i--) {
                pool.add(place);
            }
        }
        return pool.toArray(Place[]::new);
    }

    private static Unit[] units(String table) {
        List<Unit> pool = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String[] cells = line.strip().split("\\|");
            Unit unit = new Unit(cells[0], cells[1]);
            for (int i = Integer.parseInt(cells[2]); i > 0; i--) {
                pool.add(unit);
            }
        }
        return pool.toArray(Unit[]::new);
    }

    // One entry a line, its weight after the last space; an underscore in the entry stands for a space.
    private static String[] weighted(String table) {
        List<String> pool = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String entry = line.strip();
            int space = entry.lastIndexOf(' ');
            String text = entry.substring(0, space).replace('_', ' ');
            for (int i = Integer.parseInt(entry.substring(space + 1)); i > 0; i--) {
                pool.add(text);
            }
        }
        return pool.toArray(String[]::new);
    }

    private static String[] birthplaces() {
        Set<String> towns = new LinkedHashSet<>();
        for (Place[] places : List.of(HINTERLAND, OCCUPIED, BATTLES)) {
            for (Place place : places) {
                if (place.oblast() != null) {
                    towns.add(place.town());
                }
            }
        }
        towns.addAll(List.of("Kryvyi Rih", "Kremenchuk", "Uman", "Brovary", "Konotop", "Sloviansk", "Nikopol",
                "Kamianets-Podilskyi", "Drohobych", "Kovel", "Berdychiv", "Mukachevo", "Pavlohrad", "Shostka"));
        return towns.toArray(String[]::new);
    }

    private static char[] seriesLetters() {
        StringBuilder letters = new StringBuilder();
        for (char c = 'А'; c <= 'Я'; c++) {
            if (c != 'Ь' && c != 'Ъ' && c != 'Ы' && c != 'Э') {
                letters.append(c);
            }
        }
        return letters.toString().toCharArray();
    }
}
