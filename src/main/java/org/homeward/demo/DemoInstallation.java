package org.homeward.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.homeward.access.DemoAccounts;
import org.homeward.platform.DemoSwitch;

/**
 * The demo installation: with the {@link DemoSwitch} on ({@code HOMEWARD_DEMO=true}) the offices and
 * users of the demo installation are created, once, and an empty registry gets an invented caseload. Each run after the first finds them and changes nothing, so demo data
 * survives restarts like any other.
 */
@Singleton
@Startup
// After the flow's tally is built (or found built), so that the demo's people are counted in it exactly once.
@DependsOn({"Migrations", "MilestoneTallyBuild"})
public class DemoInstallation {

    private static final Logger LOG = Logger.getLogger(DemoInstallation.class.getName());

    @Inject
    DemoAccounts accounts;

    @Inject
    DemoPeople people;

    @Inject
    DemoRounds rounds;

    @Inject
    DemoPartners partners;

    @PostConstruct
    void install() {
        if (!DemoSwitch.on()) {
            return;
        }
        int created = accounts.install();
        int registered = people.install(300, 20260525L);
        int roundsCreated = rounds.install(20250516L);
        partners.install();
        LOG.warning("HOMEWARD_DEMO is on: demo accounts with the published demo password are active ("
                + created + " created now) and " + registered + " invented demo cases and " + roundsCreated + " demo rounds were created now."
                + " Never use this switch in production.");
    }
}
