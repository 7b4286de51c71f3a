package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.homeward.platform.FreeText;
import org.homeward.platform.PlainText;
import org.homeward.platform.NotPersonal;

/**
 * What the person or their family agreed to: tracing, sharing with partner organisations, and the legal basis
 * recorded when the bureau acts without consent. Never assumed: both start unticked.
 */
@Embeddable
@NotPersonal
public class Consent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "consent_tracing", nullable = false)
    private boolean consentTracing;

    @Column(name = "consent_sharing", nullable = false)
    private boolean consentSharing;

    @Size(max = 500, message = "{text.tooLong}")
    @PlainText
    @Column(name = "legal_basis", length = 500)
    private String legalBasis;

    public boolean isConsentTracing() {
        return consentTracing;
    }

    public void setConsentTracing(boolean consentTracing) {
        this.consentTracing = consentTracing;
    }

    public boolean isConsentSharing() {
        return consentSharing;
    }

    public void setConsentSharing(boolean consentSharing) {
        this.consentSharing = consentSharing;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = FreeText.clean(legalBasis);
    }
}
