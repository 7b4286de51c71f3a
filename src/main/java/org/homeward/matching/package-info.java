/**
 * Names across scripts and finding the same person in them: Ukrainian and Russian transliteration to
 * Latin (national 2010 and BGN/PCGN), the name forms a person is found under and the search keys the
 * registry indexes; the given-name and patronymic equivalents, phonetic and blocking keys, the
 * field-by-field comparison with its reasons and the thresholds ({@link org.homeward.matching.Matcher}
 * is the contract; the registry's implementation lives in person). Plain Java: no database, no
 * container.
 */
package org.homeward.matching;
