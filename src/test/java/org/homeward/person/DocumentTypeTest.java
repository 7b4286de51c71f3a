package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentTypeTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "PASSPORT, ФК 123456, true",
            "PASSPORT, фк123456, true",
            "PASSPORT, FK123456, true",
            "PASSPORT, 004512345, true",
            "PASSPORT, ФК 12345, false",
            "PASSPORT, ФК-1234567, false",
            "NATIONAL_ID, 004512345, true",
            "NATIONAL_ID, 00451234A, false",
            "BIRTH_CERTIFICATE, І-КВ 123456, true",
            "BIRTH_CERTIFICATE, I-КВ123456, true",
            "BIRTH_CERTIFICATE, КВ 123456, false",
            "MILITARY_ID, АА 1234567, true",
            "MILITARY_ID, 1234567, false",
            "SERVICE_NUMBER, Ф-1234567, true",
            "ICRC_REFERENCE, UA/2022/000123-7, true",
            "ICRC_REFERENCE, '<script>', false",
    })
    void numbersHaveTheShapeOfTheirType(DocumentType type, String number, boolean fits) {
        assertEquals(fits, type.fits(number));
    }
}
