package org.homeward.person;

/** Health as last reported; the seriously wounded have priority for direct repatriation (GC III art. 110). */
public enum HealthCondition {
    GOOD, SICK, SLIGHTLY_WOUNDED, SERIOUSLY_WOUNDED
}
