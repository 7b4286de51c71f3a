/**
 * The case registry: the person (the aggregate every other feature hangs its records on), its parts
 * (identity documents, sources of information, family links, notes, follow-up tasks), case numbers,
 * the rules a record keeps, and the scoped reads and searches of the registry (RegistryQuery,
 * ReadablePersons). api/ serves /api/v1/persons, web/ the case list, case page and case form.
 */
package org.homeward.person;
