package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.homeward.testing.Deployments;
import org.homeward.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The HTTPS listener: modern TLS only, and a session cookie a browser binds to this very host. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransportSecurityIT {

    private static final int HTTPS_PORT = 8443 + Integer.getInteger("it.port.offset", 0);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @BeforeAll
    static void letTheClientOfferWhatAnOldClientWould() {
        // The JDK refuses TLS 1.1 and weak suites on its own; the server's refusal is what is tested here.
        Security.setProperty("jdk.tls.disabledAlgorithms", "");
    }

    @Test
    void tlsOneThreeIsAccepted() throws Exception {
        assertEquals("TLSv1.3", handshake("TLSv1.3", null));
    }

    @Test
    void tlsOneTwoWithForwardSecrecyAndAeadIsAccepted() throws Exception {
        assertEquals("TLSv1.2", handshake("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
    }

    @Test
    void oldProtocolsAndWeakSuitesAreRefused() {
        assertThrows(IOException.class, () -> handshake("TLSv1.1", null));
        assertThrows(IOException.class, () -> handshake("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"));
        assertThrows(IOException.class, () -> handshake("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"));
        assertThrows(IOException.class, () -> handshake("TLSv1.2", "TLS_RSA_WITH_AES_128_GCM_SHA256"));
        assertThrows(IOException.class, () -> handshake("TLSv1.2", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"));
    }

    @Test
    void overHttpsTheSessionCookieIsBoundToTheHost() throws Exception {
        PageClient browser = new PageClient(URI.create("https://localhost:" + HTTPS_PORT + "/"), trustingTheTestCertificate());

        PageClient.Page signedIn = browser.signIn("caseworker", "homeward-demo");

        String cookie = signedIn.sessionCookie().orElseThrow();
        assertTrue(cookie.startsWith("__Host-HOMEWARD_SESSION="), cookie);
        String attributes = cookie.toLowerCase(Locale.ROOT);
        assertTrue(attributes.contains("; secure"), cookie);
        assertTrue(attributes.contains("; path=/") && !attributes.contains("; path=/h"), cookie);
        assertTrue(!attributes.contains("domain="), cookie);
        assertEquals(200, browser.get("index.xhtml").status(), "the session holds over https");
    }

    private static String handshake(String protocol, String suite) throws Exception {
        try (SSLSocket socket = (SSLSocket) trustingTheTestCertificate().getSocketFactory().createSocket("localhost", HTTPS_PORT)) {
            socket.setEnabledProtocols(new String[] {protocol});
            if (suite != null) {
                socket.setEnabledCipherSuites(new String[] {suite});
            }
            socket.startHandshake();
            return socket.getSession().getProtocol();
        }
    }

    static SSLContext trustingTheTestCertificate() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // The server's self-signed development certificate.
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return context;
    }
}
