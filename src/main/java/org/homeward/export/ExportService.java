package org.homeward.export;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.homeward.access.CurrentUser;
import org.homeward.platform.Role;
import org.homeward.audit.ChainKey;
import org.homeward.platform.FieldError;
import org.homeward.platform.FreeText;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.NotAvailable;
import org.homeward.platform.NotFound;
import org.homeward.platform.Validation;

/**
 * Exports of case data: partners receive the profiles their agreement grants, supervisors the full
 * case list of their scope. Every rule is checked here before anything is read: the purpose, the
 * profile, the filters, the agreement (valid, profile granted, categories covered), the ZIP password.
 * A small export runs at once; a large one (or one asked for so) as a background job whose state
 * is in the database. The owner alone sees a job and downloads its file.
 */
@Stateless
public class ExportService {

    public static final int MIN_ZIP_PASSWORD = 12;
    public static final int MAX_ZIP_PASSWORD = 200;
    public static final int MAX_PURPOSE = 500;

    @Inject
    CurrentUser currentUser;

    @PersistenceContext
    EntityManager em;

    @Inject
    ExportJobs jobs;

    @Inject
    ExportRunner runner;

    @Inject
    ExportSettings settings;

    @Inject
    ChainKey chainKey;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /**
     * Checks the order, records the job and runs it, here or in the background; the job as it stands
     * after. Not in a transaction: the job's row is committed before its rows are read, so that its
     * progress can be reported while it runs.
     */
    @RolesAllowed({Role.Names.PARTNER, Role.Names.SUPERVISOR})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ExportJobRecord export(ExportOrder order) {
        String username = signedIn();
        List<FieldError> errors = new ArrayList<>();
        ExportProfile profile = profile(order.profile(), errors);
        String purpose = FreeText.clean(order.purpose());
        if (purpose == null) {
            errors.add(FieldError.of("purpose", "export.purpose.required"));
        }
        FreeText.check("purpose", purpose, MAX_PURPOSE, errors);
        String password = order.zipPassword();
        if (password != null && password.length() < MIN_ZIP_PASSWORD) {
            errors.add(FieldError.of("zipPassword", "export.zipPassword.short", MIN_ZIP_PASSWORD));
        } else if (password != null && password.length() > MAX_ZIP_PASSWORD) {
            errors.add(FieldError.of("zipPassword", "text.tooLong", MAX_ZIP_PASSWORD));
        }
        ExportFilters filters = ExportFilters.parse(order.filters(), profile == null ? ExportProfile.AGGREGATE : profile, errors);
        Validation.reject(errors);

        ExportPlan.Where where = new ExportPlan.Where().filters(filters);
        Long organisationId = null;
        PartnerAgreement agreement = null;
        byte[] pseudonymKey = null;
        if (currentUser.hasRole(Role.SUPERVISOR)) {
            if (profile == ExportProfile.PARTNER_MINIMAL) {
                throw new InvalidInput(FieldError.of("profile", "export.profile.partnersOnly", profile.name()));
            }
            where.scope(currentUser.scope(), currentUser.getOfficeId(), currentUser.getUserId());
        } else {
            if (profile == ExportProfile.FULL) {
                throw new InvalidInput(FieldError.of("profile", "export.profile.internal", profile.name()));
            }
            agreement = agreementFor(profile, filters, order.agreement());
            organisationId = agreement.getOrganisation().getId();
            where.categories(agreement.getCategories()).offices(agreement.getOffices());
            if (profile == ExportProfile.PARTNER_MINIMAL) {
                where.shareable();
                pseudonymKey = chainKey.derive(Pseudonyms.use(organisationId)).orElseThrow(
                        () -> new InvalidInput(FieldError.of("profile", "export.pseudonyms.noKey")));
            }
        }
        String detail = "profile=" + profile
                + " organisation=" + (agreement == null ? "(internal)" : clip(agreement.getOrganisation().getName(), 100))
                + " agreement=" + (agreement == null ? "-" : agreement.getReference())
                + " filters=" + filters.describe() + " purpose=" + clip(purpose.replaceAll("\\s+", " "), 200);
        ExportPlan plan = new ExportPlan(profile, where.sql(), where.parameters(), filters, pseudonymKey, order.hxl(),
                order.bom(), username, detail);
        long expected;
        try {
            expected = profile.personLevel() ? runner.count(plan) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of an export", e);
        }
        Instant now = Instant.now(clock);
        long id = jobs.create(new ExportJob(username, organisationId, agreement == null ? null : agreement.getId(), profile,
                clip(filters.describe(), 500), purpose, expected, password != null, now, now.plus(settings.retention())));
        char[] secret = password == null ? null : password.toCharArray();
        if (order.background() || expected > settings.backgroundAbove()) {
            executor.submit(() -> runner.run(id, plan, secret));
        } else {
            runner.run(id, plan, secret);
        }
        return view(jobs.find(id));
    }

    /** One of the caller's own jobs. */
    @RolesAllowed({Role.Names.PARTNER, Role.Names.SUPERVISOR})
    public ExportJobRecord job(long id) {
        return view(own(id));
    }

    /** The caller's jobs, newest first (at most 50). */
    @RolesAllowed({Role.Names.PARTNER, Role.Names.SUPERVISOR})
    public List<ExportJobRecord> myJobs() {
        return jobs.ofUser(signedIn()).stream().map(this::settled).map(this::view).toList();
    }

    /** Stops a job that is still running, or withdraws a finished one's file. */
    @RolesAllowed({Role.Names.PARTNER, Role.Names.SUPERVISOR})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ExportJobRecord cancel(long id) {
        String file = jobs.cancel(id, signedIn());
        if (file != null) {
            delete(file);
        }
        return view(jobs.find(id));
    }

    /** The file of a finished job: 409 while it runs, 410 once cancelled, failed or expired. */
    @RolesAllowed({Role.Names.PARTNER, Role.Names.SUPERVISOR})
    public ExportFile file(long id) {
        ExportJob job = own(id);
        if (!currentUser.hasRole(Role.SUPERVISOR) && !speaksForAnOrganisation()) {
            throw new EJBAccessException("a partner user who no longer speaks for an organisation downloads nothing");
        }
        switch (job.getState()) {
            case QUEUED, RUNNING -> throw NotAvailable.notYet("export.file.notReady", id, job.getRowsWritten());
            case CANCELLED -> throw NotAvailable.noLonger("export.file.cancelled", id);
            case FAILED -> throw NotAvailable.noLonger("export.file.failed", id);
            case EXPIRED -> throw NotAvailable.noLonger("export.file.expired", id);
            case DONE -> { }
        }
        Path path = settings.directory().resolve(job.getFileName());
        if (!Files.isRegularFile(path) || job.getExpiresAt().isBefore(Instant.now(clock))) {
            throw NotAvailable.noLonger("export.file.expired", id);
        }
        String base = "homeward-" + job.getProfile().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + id;
        return job.isZipped() ? new ExportFile(path, base + ".zip", "application/zip")
                : new ExportFile(path, base + ".csv", "text/csv; charset=UTF-8");
    }

    /** The profiles the caller may export: a supervisor's own, or what a partner's valid agreements grant. */
    @RolesAllowed({Role.Names.PARTNER, Role.Names.SUPERVISOR})
    public List<ExportProfile> profiles() {
        if (currentUser.hasRole(Role.SUPERVISOR)) {
            return List.of(ExportProfile.AGGREGATE, ExportProfile.FULL);
        }
        LocalDate today = LocalDate.now(clock);
        return agreements().stream().filter(a -> a.validOn(today)).flatMap(a -> a.getProfiles().stream())
                .distinct().sorted().toList();
    }

    /** The agreements of the caller's organisation (a partner), newest first. */
    @RolesAllowed({Role.Names.PARTNER, Role.Names.SUPERVISOR})
    public List<AgreementRecord> myAgreements() {
        LocalDate today = LocalDate.now(clock);
        return agreements().stream().map(a -> AgreementRecord.of(a, today)).toList();
    }

    private boolean speaksForAnOrganisation() {
        Long userId = currentUser.getUserId();
        return userId != null && em.find(PartnerMember.class, userId) != null;
    }

    private List<PartnerAgreement> agreements() {
        Long userId = currentUser.getUserId();
        PartnerMember member = userId == null ? null : em.find(PartnerMember.class, userId);
        if (member == null) {
            return List.of();
        }
        return em.createNamedQuery("PartnerAgreement.ofOrganisation", PartnerAgreement.class)
                .setParameter("organisation", member.getOrganisation().getId()).getResultList();
    }

    /**
     * The agreement the export falls under: the one named, or the newest that allows it. When none
     * does, the reason the newest (or the named) one refuses it.
     */
    private PartnerAgreement agreementFor(ExportProfile profile, ExportFilters filters, String reference) {
        if (!speaksForAnOrganisation()) {
            throw new InvalidInput(FieldError.of("agreement", "export.partner.noOrganisation"));
        }
        List<PartnerAgreement> candidates = agreements();
        if (reference != null && !reference.isBlank()) {
            candidates = candidates.stream().filter(a -> a.getReference().equals(reference.strip())).toList();
            if (candidates.isEmpty()) {
                throw new InvalidInput(FieldError.of("agreement", "export.agreement.unknown", clip(reference, 40)));
            }
        }
        if (candidates.isEmpty()) {
            throw new InvalidInput(FieldError.of("agreement", "export.agreement.none"));
        }
        LocalDate today = LocalDate.now(clock);
        Optional<FieldError> firstRefusal = Optional.empty();
        for (PartnerAgreement candidate : candidates) {
            Optional<FieldError> refusal = candidate.refusal(profile, filters.categories(), today);
            if (refusal.isEmpty()) {
                return candidate;
            }
            firstRefusal = firstRefusal.isPresent() ? firstRefusal : refusal;
        }
        throw new InvalidInput(firstRefusal.orElseThrow());
    }

    private ExportJob own(long id) {
        ExportJob job = jobs.find(id);
        if (!job.getUsername().equals(signedIn())) {
            // Another user's job is as good as none: its existence says nothing to the caller.
            throw new NotFound("export", id);
        }
        return settled(job);
    }

    /**
     * The job, failed first if a stopped server left it behind: its owner learns it at once rather
     * than at the next sweep of {@link ExportRetention}.
     */
    private ExportJob settled(ExportJob job) {
        if (!job.abandoned(null, Instant.now(clock).minus(settings.silenceLimit()))
                || !jobs.failIfAbandoned(job.getId(), settings.silenceLimit())) {
            return job;
        }
        em.refresh(job);
        try {
            settings.deleteFilesOf(job.getId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return job;
    }

    private ExportJobRecord view(ExportJob job) {
        String reference = job.getAgreementId() == null ? null
                : Optional.ofNullable(em.find(PartnerAgreement.class, job.getAgreementId())).map(PartnerAgreement::getReference).orElse(null);
        return ExportJobRecord.of(job, reference);
    }

    private String signedIn() {
        String username = currentUser.getUsername();
        if (username == null) {
            throw new NotFound("user", "(not on file)");
        }
        return username;
    }

    private static ExportProfile profile(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(FieldError.of("profile", "export.profile.required"));
            return null;
        }
        try {
            return ExportProfile.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("profile", "choice.unknown", clip(text, 40), "AGGREGATE, PARTNER_MINIMAL, FULL"));
            return null;
        }
    }

    private void delete(String fileName) {
        try {
            Files.deleteIfExists(settings.directory().resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
