package org.homeward.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.homeward.person.RepatriationStatus;

/**
 * Builds the tally of the flow (V11) from the person table when the application first starts on a schema
 * that has none, in the months of this server's zone, and records that zone: from then on every change
 * appends to it in that zone ({@link TallyListener}), and the flow report reads it when its own zone is
 * the same. Several nodes starting at once build it once: the first takes the lock row, the others then
 * find it built.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class MilestoneTallyBuild {

    private static final Logger LOG = Logger.getLogger(MilestoneTallyBuild.class.getName());

    // Zone ids are written into the SQL (AT TIME ZONE takes no parameter on every database); only these characters.
    private static final Pattern ZONE = Pattern.compile("[A-Za-z0-9/_+:-]+");

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void buildOnce() {
        ZoneId zone = ZoneId.systemDefault();
        boolean built = em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> build(connection, zone));
        if (built) {
            LOG.info(() -> "Tally of the flow per month built in zone " + zone.getId());
        }
    }

    /** Builds the tally in the caller's transaction unless it is built; false when it was. */
    static boolean build(Connection connection, ZoneId zone) throws SQLException {
        String id = zone.getId();
        if (!ZONE.matcher(id).matches()) {
            throw new IllegalArgumentException("zone id not usable in SQL: " + id);
        }
        try (PreparedStatement lock = connection.prepareStatement("select month_zone from milestone_tally_fold where id = 1 for update");
             ResultSet row = lock.executeQuery()) {
            if (!row.next() || row.getString(1) != null) {
                return false;
            }
        }
        String key = "office_id, category, side, restricted, assigned_to_id";
        for (var milestone : MilestoneTally.MILESTONES.keySet()) {
            String column = milestone == RepatriationStatus.REPORTED ? "registered_at"
                    : org.homeward.person.CaseSelection.milestoneColumn(milestone);
            String local = column + " at time zone '" + id + "'";
            try (PreparedStatement insert = connection.prepareStatement("insert into milestone_tally (" + key
                    + ", milestone, reached_month, people) select " + key + ", ?, reached_month, count(*) from (select " + key
                    + ", cast(extract(year from " + local + ") * 100 + extract(month from " + local + ") as int) as reached_month "
                    + "from person where " + column + " is not null) p group by " + key + ", reached_month")) {
                insert.setString(1, milestone.name());
                insert.executeUpdate();
            }
        }
        try (PreparedStatement mark = connection.prepareStatement("update milestone_tally_fold set month_zone = ?, "
                + "folded_at = current_timestamp, folded_rows = (select count(*) from milestone_tally) where id = 1")) {
            mark.setString(1, id);
            mark.executeUpdate();
        }
        return true;
    }
}
