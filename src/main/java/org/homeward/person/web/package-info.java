/**
 * The caseworker's pages of the registry: the case list and its filters, the case page with its
 * sections, the registration and edit form, my work. Beans that back a whole page are named …Page;
 * read-only rows they show are …Row or …Record.
 */
package org.homeward.person.web;
