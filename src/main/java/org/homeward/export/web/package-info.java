/**
 * The exports page (partners and supervisors) and the partner organisations page (administrators and
 * head-office supervisors).
 */
package org.homeward.export.web;
