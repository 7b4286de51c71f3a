/**
 * The API's shared parts: the application path, one exception mapper per kind of failure (400 with
 * fields, 403, 404, 409, 503), strict parsing of query parameters, the caller's language.
 */
package org.homeward.platform.api;
