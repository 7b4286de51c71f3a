package org.homeward.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.homeward.platform.DemoSwitch;

/**
 * The secret the audit chains are sealed with. It comes from the server's configuration, never from
 * the database, so that write access to the audit tables is not enough to forge a seal:
 * {@code HOMEWARD_AUDIT_KEY} in the environment, or the system property {@code homeward.audit.key}.
 * Every node of an installation needs the same key.
 */
@ApplicationScoped
public class ChainKey {

    /** Published with the source code, so it proves nothing: only for the demo installation. */
    static final String DEMO_KEY = "homeward-demo-audit-key-published-not-secret";

    private static final Logger LOG = Logger.getLogger(ChainKey.class.getName());

    /** HMAC-SHA256 keys shorter than its 32-byte output are easier to guess than the seal is to forge. */
    private static final int SHORTEST_SAFE = 32;

    private Optional<Seal> seal;

    private Optional<byte[]> secret;

    @PostConstruct
    void resolve() {
        Optional<String> key = choose(System.getenv("HOMEWARD_AUDIT_KEY"), System.getProperty("homeward.audit.key"),
                DemoSwitch.on());
        if (key.isEmpty()) {
            // No random key in its place: seals that nobody can check after a restart would only look safe.
            LOG.severe("No audit key: set HOMEWARD_AUDIT_KEY (or -Dhomeward.audit.key) to the installation's secret."
                    + " Until then the audit trail and the access log are not sealed, and their verification fails.");
        } else if (DEMO_KEY.equals(key.get())) {
            LOG.warning("HOMEWARD_DEMO is on and no audit key is set: the audit chains are sealed with the published"
                    + " demo key, which anyone can use to forge a seal. Never run production like this.");
        } else if (key.get().getBytes(StandardCharsets.UTF_8).length < SHORTEST_SAFE) {
            LOG.warning("The audit key is shorter than " + SHORTEST_SAFE + " bytes: choose a longer random one.");
        }
        secret = key.map(text -> text.getBytes(StandardCharsets.UTF_8));
        seal = secret.map(Seal::new);
    }

    /**
     * A key for another use derived from the installation's secret (HMAC-SHA256 of the use's name under
     * the secret), so that one secret serves several purposes without one key revealing another: e.g.
     * the key of a partner's pseudonymous IDs. Empty when no key is configured.
     */
    public Optional<byte[]> derive(String use) {
        return secret.map(bytes -> derive(bytes, use));
    }

    static byte[] derive(byte[] secret, String use) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(("homeward derived key: " + use).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The seal made with the key, or empty when no key is configured. */
    public Optional<Seal> seal() {
        return seal;
    }

    /**
     * The configured key wins, the environment before the system property; with none, the demo key
     * when the demo switch is on, otherwise nothing. A blank setting counts as none.
     */
    static Optional<String> choose(String environment, String property, boolean demo) {
        if (environment != null && !environment.isBlank()) {
            return Optional.of(environment);
        }
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        return demo ? Optional.of(DEMO_KEY) : Optional.empty();
    }
}
