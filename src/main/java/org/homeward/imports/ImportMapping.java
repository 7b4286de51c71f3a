package org.homeward.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The column mapping saved for a source, so that its next list is mapped the same way without asking. */
@Entity
@Table(name = "import_mapping")
public class ImportMapping {

    @Id
    @Column(length = 200)
    private String source;

    @Version
    private long version;

    @Column(nullable = false, length = 2000)
    private String mapping;

    @Column(name = "saved_by", nullable = false, length = 64)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected ImportMapping() {
    }

    ImportMapping(String source, String mapping, String by, Instant at) {
        this.source = source;
        save(mapping, by, at);
    }

    void save(String mapping, String by, Instant at) {
        this.mapping = mapping;
        this.savedBy = by;
        this.savedAt = at;
    }

    public String getMapping() {
        return mapping;
    }
}
