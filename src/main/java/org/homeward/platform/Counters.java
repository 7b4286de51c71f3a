package org.homeward.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.EnumMap;
import java.util.Map;

/**
 * Homeward's own counts for its operators, served with the server's metrics in Prometheus format on
 * the management interface ({@code /metrics}, config/metrics.cli): what happened, never to whom.
 * Counted when the work commits, so that a rolled-back exchange or a refused request is not counted.
 */
@ApplicationScoped
public class Counters {

    /** One thing counted; its Prometheus name is the meter name with dots as underscores and {@code _total}. */
    public enum Counted {
        /** homeward_exchanges_recorded_total: rounds whose exchange was recorded. */
        EXCHANGE_RECORDED("homeward.exchanges.recorded"),
        /** homeward_exports_run_total{outcome="done"}: exports that wrote their file. */
        EXPORT_DONE("homeward.exports.run", "done"),
        /** homeward_exports_run_total{outcome="failed"}. */
        EXPORT_FAILED("homeward.exports.run", "failed"),
        /** homeward_imports_run_total{outcome="done"}: imports that wrote their records. */
        IMPORT_DONE("homeward.imports.run", "done"),
        /** homeward_imports_run_total{outcome="failed"}. */
        IMPORT_FAILED("homeward.imports.run", "failed"),
        /** homeward_sign_ins_failed_total: wrong or unknown credentials, locked or deactivated accounts. */
        SIGN_IN_FAILED("homeward.sign.ins.failed"),
        /**
         * homeward_sign_ins_throttled_total: attempts refused unchecked because their client address failed
         * too often just before (SignInThrottle); a rising rate is someone guessing passwords.
         */
        SIGN_IN_THROTTLED("homeward.sign.ins.throttled");

        private final String meter;
        private final String outcome;

        Counted(String meter) {
            this(meter, null);
        }

        Counted(String meter, String outcome) {
            this.meter = meter;
            this.outcome = outcome;
        }
    }

    @Inject
    MeterRegistry registry;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<Counted, Counter> counters = new EnumMap<>(Counted.class);

    /**
     * Every counter from the start, at zero: a rate needs a first sample before the first event. Through
     * {@code registry.counter(name, tags)}: the deployment's registry in WildFly 39 hands only these calls
     * on to the server's registry that Prometheus reads; a meter built with {@code Counter.builder} stays
     * in the deployment's own registry, unseen.
     */
    @PostConstruct
    void register() {
        for (Counted counted : Counted.values()) {
            Tags tags = counted.outcome == null ? Tags.empty() : Tags.of("outcome", counted.outcome);
            counters.put(counted, registry.counter(counted.meter, tags));
        }
    }

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Being called creates the bean, and so registers the counters when the application starts.
    }

    /**
     * The registry is the server's and outlives this deployment; a redeployment registers afresh, so
     * counts start again from zero, as Prometheus expects of a restarted process.
     */
    @PreDestroy
    void unregister() {
        counters.values().forEach(registry::remove);
    }

    /** Counts one event: when the current transaction commits, or now when there is none. */
    public void count(Counted counted) {
        Counter counter = counters.get(counted);
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            counter.increment();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to prepare: the count is only taken after the outcome is known.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }
}
