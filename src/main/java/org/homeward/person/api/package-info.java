/**
 * The registry's REST resources (/api/v1/persons, its parts, my work) and their validated request
 * records; no entity is serialised.
 */
package org.homeward.person.api;
