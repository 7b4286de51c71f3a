package org.homeward.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** That a user (with the PARTNER role) speaks for a partner organisation; one organisation per user. */
@Entity
@Table(name = "partner_member")
@Audited
@NamedQuery(name = "PartnerMember.ofOrganisation",
        query = "select m from PartnerMember m where m.organisation.id = :organisation")
public class PartnerMember {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id", nullable = false)
    private PartnerOrganisation organisation;

    protected PartnerMember() {
    }

    public PartnerMember(Long userId, PartnerOrganisation organisation) {
        this.userId = Objects.requireNonNull(userId, "user is required");
        moveTo(organisation);
    }

    public final void moveTo(PartnerOrganisation organisation) {
        this.organisation = Objects.requireNonNull(organisation, "organisation is required");
    }

    public Long getUserId() {
        return userId;
    }

    public PartnerOrganisation getOrganisation() {
        return organisation;
    }
}
