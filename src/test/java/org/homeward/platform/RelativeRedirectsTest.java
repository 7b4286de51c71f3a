package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RelativeRedirectsTest {

    @Test
    void aRedirectToTheClaimedHostKeepsOnlyItsPath() {
        assertEquals("/login.xhtml", RelativeRedirects.withoutClaimedHost("http://evil.example/login.xhtml", "evil.example"));
        assertEquals("/error/", RelativeRedirects.withoutClaimedHost("https://evil.example:8443/error/", "evil.example:8443"));
        assertEquals("/", RelativeRedirects.withoutClaimedHost("http://evil.example", "evil.example"));
        assertEquals("/a?b=c", RelativeRedirects.withoutClaimedHost("HTTP://Evil.Example/a?b=c", "evil.example"));
    }

    @Test
    void otherRedirectsStayAsTheyAre() {
        assertEquals("/login.xhtml", RelativeRedirects.withoutClaimedHost("/login.xhtml", "evil.example"));
        assertEquals("https://partner.example/x", RelativeRedirects.withoutClaimedHost("https://partner.example/x", "evil.example"));
        // A longer host that merely begins with the claimed one is another host.
        assertEquals("http://evil.example.org/x", RelativeRedirects.withoutClaimedHost("http://evil.example.org/x", "evil.example"));
        assertEquals(null, RelativeRedirects.withoutClaimedHost(null, "evil.example"));
    }
}
