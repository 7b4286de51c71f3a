/**
 * The demo installation, only where HOMEWARD_DEMO=true: users, 300 invented people from a fixed seed,
 * rounds and partners of the setting.
 */
package org.homeward.demo;
