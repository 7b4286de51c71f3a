package org.homeward.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * An organisation that receives exports under a data-sharing agreement: an ICRC delegation, the
 * ombudsman, a non-governmental organisation.
 */
@Entity
@Table(name = "partner_organisation")
@Audited
@NamedQuery(name = "PartnerOrganisation.all", query = "select o from PartnerOrganisation o order by o.name")
@NamedQuery(name = "PartnerOrganisation.byName", query = "select o from PartnerOrganisation o where o.name = :name")
public class PartnerOrganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_organisation_seq")
    @SequenceGenerator(name = "partner_organisation_seq", sequenceName = "partner_organisation_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 60)
    private String country;

    @Column(length = 300)
    private String contact;

    protected PartnerOrganisation() {
    }

    public PartnerOrganisation(String name, String country, String contact) {
        describe(name, country, contact);
    }

    public final void describe(String name, String country, String contact) {
        this.name = Objects.requireNonNull(name, "name is required");
        this.country = country;
        this.contact = contact;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public String getContact() {
        return contact;
    }
}
