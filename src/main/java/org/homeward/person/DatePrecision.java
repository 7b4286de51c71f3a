package org.homeward.person;

/** How much of a date of birth is known: the day, only the month, only the year, or an age someone estimated. */
public enum DatePrecision {
    EXACT, MONTH, YEAR, ESTIMATED
}
