package org.homeward.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void aPostFromAPageOfThisSiteIsAccepted() {
        assertTrue(SameOrigin.of("http://localhost:8080", null, "localhost:8080"));
        assertTrue(SameOrigin.of("https://homeward.example", null, "homeward.example"));
        assertTrue(SameOrigin.of("https://homeward.example", null, "homeward.example:443"));
        assertTrue(SameOrigin.of(null, "http://localhost:8080/login.xhtml?signedOut=true", "localhost:8080"));
    }

    @Test
    void aPostFromAnotherSiteOrFromNowhereIsRefused() {
        assertFalse(SameOrigin.of("https://evil.example", null, "localhost:8080"));
        assertFalse(SameOrigin.of("http://localhost:8081", null, "localhost:8080"));
        assertFalse(SameOrigin.of("null", null, "localhost:8080"));
        assertFalse(SameOrigin.of(null, null, "localhost:8080"));
        assertFalse(SameOrigin.of("https://evil.example", "http://localhost:8080/login.xhtml", "localhost:8080"));
    }
}
