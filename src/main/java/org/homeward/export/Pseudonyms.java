package org.homeward.export;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonymous IDs one partner sees instead of case numbers: HMAC-SHA256 of the case's id under a
 * key of that partner's own, derived from the server's secret. The same case has the same ID in every
 * export to that partner and a different one for every other partner; without the secret nobody can
 * go from an ID back to the case, or match the IDs of two partners.
 */
public final class Pseudonyms {

    /** 80 bits: no two of a hundred million cases share an ID in practice. */
    private static final int BYTES = 10;

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final Mac mac;

    public Pseudonyms(byte[] partnerKey) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(partnerKey, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The key use of a partner's IDs, for {@code ChainKey.derive}. */
    public static String use(long organisationId) {
        return "partner pseudonyms " + organisationId;
    }

    /** Not thread-safe: one instance per export. */
    public String of(long caseId) {
        byte[] digest = mac.doFinal(Long.toString(caseId).getBytes(StandardCharsets.US_ASCII));
        return "P" + HEX.formatHex(digest, 0, BYTES);
    }
}
