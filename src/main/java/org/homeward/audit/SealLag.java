package org.homeward.audit;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far sealing is behind, for the operators' metrics: per chain, the entries without a seal
 * ({@code homeward_audit_unsealed_entries}) and the age in seconds of the oldest of them
 * ({@code homeward_audit_seal_lag_seconds}; 0 when nothing waits). Measured as each scheduled sealing
 * (every 5 s) begins, so normally a few seconds; the age is counted to the moment Prometheus reads it, so
 * a sealing that stopped (no key, a failing database) shows as a lag that keeps growing.
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

    private static final List<String> GAUGES = List.of("homeward.audit.unsealed.entries", "homeward.audit.seal.lag.seconds");

    private final Map<String, Backlog> backlogs = new ConcurrentHashMap<>();

    /** Through {@code registry.gauge(…)}, the call WildFly 39 hands on to the registry Prometheus reads (see Counters). */
    @PostConstruct
    void register() {
        for (String chain : List.of(AuditChain.REVISIONS, AuditChain.ACCESS)) {
            registry.gauge(GAUGES.get(0), Tags.of("chain", chain), this, lag -> lag.entries(chain));
            registry.gauge(GAUGES.get(1), Tags.of("chain", chain), this, lag -> lag.seconds(chain));
        }
    }

    /**
     * The gauges live in the server's registry and read this bean: left behind after an undeployment,
     * they would read nothing, and the next deployment would find them and not register its own.
     */
    @PreDestroy
    void unregister() {
        for (String gauge : GAUGES) {
            registry.find(gauge).meters().forEach(registry::remove);
        }
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
