/**
 * Names across scripts: Ukrainian and Russian transliteration to Latin (national 2010 and BGN/PCGN),
 * the name forms a person is found under, and the search keys the registry indexes.
 */
package org.homeward.matching;
