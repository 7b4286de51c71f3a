package org.homeward.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far sealing is behind, for the operators' metrics: per chain, the entries without a seal
 * ({@code homeward_audit_unsealed_entries}) and the age in seconds of the oldest of them
 * ({@code homeward_audit_seal_lag_seconds}; 0 when everything is sealed). Measured after each scheduled
 * sealing; the age grows between measurements, so a sealing that stopped (no key, a failing database)
 * shows as a lag that keeps growing.
 */
@ApplicationScoped
public class SealLag {

    /** What a measurement found in one chain. */
    record Backlog(long entries, Instant oldest) {
    }

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private final Map<String, Backlog> backlogs = new ConcurrentHashMap<>();
    private final List<Meter> meters = new ArrayList<>();

    @PostConstruct
    void register() {
        for (String chain : List.of(AuditChain.REVISIONS, AuditChain.ACCESS)) {
            meters.add(Gauge.builder("homeward.audit.unsealed.entries", this, lag -> lag.entries(chain))
                    .description("Audit entries committed but not yet sealed").tag("chain", chain).register(registry));
            meters.add(Gauge.builder("homeward.audit.seal.lag", this, lag -> lag.seconds(chain))
                    .description("Age of the oldest unsealed audit entry").baseUnit("seconds").tag("chain", chain)
                    .register(registry));
        }
    }

    /** The registry is the server's: a gauge left behind would read a bean of an undeployed application. */
    @PreDestroy
    void unregister() {
        meters.forEach(registry::remove);
    }

    void measured(String chain, Backlog backlog) {
        backlogs.put(chain, backlog);
    }

    private double entries(String chain) {
        Backlog backlog = backlogs.get(chain);
        return backlog == null ? 0 : backlog.entries();
    }

    private double seconds(String chain) {
        Backlog backlog = backlogs.get(chain);
        if (backlog == null || backlog.oldest() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(backlog.oldest(), Instant.now(clock)).toMillis() / 1000.0);
    }
}
