package org.homeward.access;

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
 * An office of the information bureau: the head office or a regional one. Every user and every case
 * belongs to one; it is the unit of record scope.
 */
@Entity
@Table(name = "office")
@Audited
@NamedQuery(name = "Office.findByCode", query = "select o from Office o where o.code = :code")
@NamedQuery(name = "Office.all", query = "select o from Office o order by o.code")
public class Office {

    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "office_seq")
    @SequenceGenerator(name = "office_seq", sequenceName = "office_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String code;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    /** Supervisors of the head office see the cases of every office. */
    @Column(name = "head_office", nullable = false)
    private boolean headOffice;

    @Version
    private long version;

    protected Office() {
    }

    public Office(String code, String name, boolean headOffice) {
        this.code = Objects.requireNonNull(code, "office code is required");
        this.name = Objects.requireNonNull(name, "office name is required");
        this.headOffice = headOffice;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "office name is required");
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isHeadOffice() {
        return headOffice;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Office office && code.equals(office.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
