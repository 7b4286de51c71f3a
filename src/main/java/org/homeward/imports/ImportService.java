package org.homeward.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.access.CurrentUser;
import org.homeward.matching.Description;
import org.homeward.matching.Reason;
import org.homeward.person.PersonDetails;
import org.homeward.person.SourceKind;
import org.homeward.platform.FieldError;
import org.homeward.platform.FreeText;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.NotFound;
import org.homeward.platform.Role;
import org.homeward.platform.Validation;

/**
 * Lists brought into the registry: upload and preview (every row read into the registration form,
 * judged by the form's own rules and matched against the registry), then commit (the new people
 * registered with the list as their source, optionally nominated to a round). A user sees and commits
 * only their own imports, and a likely duplicate is named only when its case is in their scope.
 */
@Stateless
public class ImportService {

    /** A row registered as a new person, on a commit onto a round: reported, so not nominated. */
    static final String NEW_NOT_NOMINATED = "import.nominate.new";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RowJudge judge;

    @Inject
    ImportBatches batches;

    @Inject
    ImportRunner runner;

    @Inject
    Clock clock;

    /**
     * Reads an uploaded list and previews it: refused whole (nothing kept) when the file or the mapping
     * cannot be read; otherwise kept with every row judged. A list of more than
     * {@link ImportSettings#BACKGROUND_ABOVE} rows is previewed in the background, batch by batch: the
     * import is answered at once, PREVIEWING, its progress in {@link #get}.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportRecord upload(ImportUpload upload) {
        List<FieldError> errors = new ArrayList<>();
        String source = FreeText.clean(upload.source());
        if (source == null || source.isBlank()) {
            errors.add(FieldError.of("source", "import.source.required"));
        } else {
            FreeText.check("source", source, 200, errors);
        }
        if (upload.file() == null || upload.file().length == 0) {
            errors.add(FieldError.of("file", "import.file.empty"));
        } else if (upload.file().length > ImportSettings.maxBytes()) {
            errors.add(FieldError.of("file", "import.file.tooLarge", ImportSettings.maxBytes() / (1024 * 1024)));
        }
        if (upload.charset() != null && !ListFile.CHARSETS.contains(upload.charset())) {
            errors.add(FieldError.of("charset", "import.charset.unknown", upload.charset()));
        }
        Validation.reject(errors);
        ListFile file = ListFile.read(upload.file(), upload.charset());
        if (file.problem() != null && file.stoppedAt() == 0) {
            throw new InvalidInput(file.problem());
        }
        Map<String, String> chosen = upload.mapping() != null && !upload.mapping().isEmpty() ? upload.mapping() : savedMapping(source);
        ColumnMapping mapping = ColumnMapping.of(file.header(), chosen, errors);
        Validation.reject(errors);

        ImportDefaults defaults = new ImportDefaults(upload.category(), upload.side(), currentUser.getOfficeCode());
        ListImport listImport = new ListImport(currentUser.getUsername(), currentUser.getOfficeCode(), source,
                upload.kind() == null ? SourceKind.OTHER_SIDE_LIST : upload.kind(), upload.receivedOn(),
                upload.fileName() == null ? null : FreeText.clean(upload.fileName().length() > 200 ? upload.fileName().substring(0, 200) : upload.fileName()),
                defaults, Instant.now(clock));
        long id = batches.begin(listImport, file, mapping, upload.saveMapping());
        if (file.rows().size() > ImportSettings.BACKGROUND_ABOVE) {
            // Answered as it stands before the background starts: PREVIEWING, whatever the first batch does.
            ImportRecord accepted = get(id, null, 0, 50);
            runner.preview(id, file);
            return accepted;
        } else {
            try {
                runner.previewNow(id, file);
            } catch (RuntimeException e) {
                batches.fail(id, "import.failed.unexpected");
                throw e;
            }
        }
        return get(id, null, 0, 50);
    }

    static Description describe(PersonDetails details) {
        return new Description(details.getNames().getFamilyName(), details.getNames().getGivenName(),
                details.getNames().getPatronymic(), details.getAliases(), details.getBirth().getDateOfBirth(),
                details.getBirth().getDateOfBirthPrecision() == null ? null : details.getBirth().getDateOfBirthPrecision().name(),
                details.getBirth().getEstimatedAge(), details.getOrigin().getSex() == null ? null : details.getOrigin().getSex().name(),
                details.getSide() == null ? null : details.getSide().name(),
                details.getDocuments().stream().map(document -> document.number()).toList(),
                details.getMilitary().getServiceNumber());
    }

    /**
     * Reads the list's rows again with the user's changed mapping (field to header), saving it for the
     * source when asked. Only before the commit: a committed list's people are registered.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public ImportRecord remap(long id, Map<String, String> chosen, boolean save) {
        ListImport listImport = own(id);
        if (listImport.getState() != ImportState.PREVIEWED) {
            throw new InvalidInput(FieldError.of("state", "import.commit.already"));
        }
        List<String> header = Findings.cells(listImport.getHeader());
        List<FieldError> errors = new ArrayList<>();
        ColumnMapping mapping = ColumnMapping.of(header, chosen, errors);
        Validation.reject(errors);
        Instant now = Instant.now(clock);
        if (save) {
            batches.saveMapping(listImport.getSource(), mapping.byHeader(header), now);
        }
        List<ImportRow> before = em.createNamedQuery("ImportRow.page", ImportRow.class).setParameter("importId", id).getResultList();
        listImport.remapped(Findings.mapping(mapping.byHeader(header)), now);
        em.createQuery("delete from ImportRow r where r.importId = :importId").setParameter("importId", id).executeUpdate();
        // A line the file could not be read from has no cells to map: it stays the error it was.
        List<ImportRow> judged = new ArrayList<>();
        List<ListFile.ListRow> readable = new ArrayList<>();
        for (ImportRow row : before) {
            List<String> cells = Findings.cells(row.getCells());
            if (cells.isEmpty()) {
                judged.add(new ImportRow(id, row.getLine(), RowState.ERROR, row.getCells(), row.getProblems(), null, null, null));
            } else {
                readable.add(new ListFile.ListRow(row.getLine(), cells));
            }
        }
        judged.addAll(judge.judge(id, readable, header.size(), mapping, listImport.defaults(), new EarlierRows()));
        judged.forEach(em::persist);
        listImport.judged(judged, now);
        em.flush();
        return view(listImport, null, 0, 50);
    }

    /** The mapping saved for the source, or none. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public Map<String, String> savedMapping(String source) {
        if (source == null || source.isBlank()) {
            return Map.of();
        }
        ImportMapping saved = em.find(ImportMapping.class, mappingKey(source));
        return saved == null ? Map.of() : Findings.mapping(saved.getMapping());
    }

    /** A mapping is saved per source, whatever date the source's name carries. */
    static String mappingKey(String source) {
        String key = source.strip().replaceAll("\\s*\\d{4}-\\d{2}-\\d{2}\\s*$", "").replaceAll("\\s+(of|від|от)$", "");
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    /** One of the caller's imports with a page of its rows: all, or those of one state (errors, duplicates). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public ImportRecord get(long id, RowState only, int page, int size) {
        return view(own(id), only, page, size);
    }

    /** The caller's imports, newest first (at most 50), without their rows. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<ImportRecord> mine() {
        return em.createNamedQuery("ListImport.ofUser", ListImport.class).setParameter("username", currentUser.getUsername())
                .setMaxResults(50).getResultStream().map(listImport -> record(listImport, List.of(), 0, 0, 0)).toList();
    }

    /**
     * Registers the list's new rows, each with the list as its source; rows likely already registered
     * are left for the duplicates queue, rows likely repeating an earlier row of the list are left out
     * (the earlier one is registered) and rows with errors are never written. All or nothing refuses
     * a list with any error before writing. A list of up to {@link ImportSettings#BACKGROUND_ABOVE} rows to write is
     * written in one transaction here; a larger one in the background, batch by batch (see
     * {@link ImportBatches}), its progress in the import. With a round (a supervisor's, checked before
     * anything is written), the registered people the list's rows are likely to be are nominated to it at the
     * end, each row keeping what came of it; the new people are reported, so not nominated. A list that
     * stopped is resumed by committing it again, and nobody is nominated twice.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportRecord commit(long id, CommitMode mode, Long roundId) {
        long toWrite = batches.start(id, mode, roundId);
        if (toWrite > ImportSettings.BACKGROUND_ABOVE) {
            ImportRecord accepted = get(id, null, 0, 50);
            runner.run(id);
            return accepted;
        } else {
            try {
                batches.write(id, 0, ImportBatches.BEFORE_FIRST_LINE);
                batches.finish(id);
            } catch (InvalidInput refused) {
                batches.fail(id, refused);
                throw refused;
            } catch (RuntimeException e) {
                batches.fail(id, "import.failed.unexpected");
                throw e;
            }
        }
        return get(id, null, 0, 50);
    }

    private ColumnMapping mappingOf(ListImport listImport) {
        List<String> header = Findings.cells(listImport.getHeader());
        return ColumnMapping.of(header, Findings.mapping(listImport.getMapping()), new ArrayList<>());
    }

    private ListImport own(long id) {
        ListImport listImport = em.find(ListImport.class, id);
        if (listImport == null || !listImport.getUsername().equals(currentUser.getUsername())) {
            throw new NotFound("import", id);
        }
        return listImport;
    }

    private ImportRecord view(ListImport listImport, RowState only, int page, int size) {
        var query = only == null
                ? em.createNamedQuery("ImportRow.page", ImportRow.class)
                : em.createNamedQuery("ImportRow.pageOf", ImportRow.class).setParameter("state", only);
        List<ImportRow> rows = query.setParameter("importId", listImport.getId())
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long listed = only == null ? listImport.getRowsTotal() : switch (only) {
            case NEW -> listImport.getRowsNew();
            case DUPLICATE -> listImport.getRowsDuplicate();
            case ERROR -> listImport.getRowsError();
        };
        return record(listImport, rowsSeenBy(rows, listImport.getRoundId() != null), page, size, listed);
    }

    /**
     * The rows, a likely duplicate named by its case number only when the caller may see that case; with
     * {@code ontoRound}, what came of nominating each row's person.
     */
    private List<ImportRecord.Row> rowsSeenBy(List<ImportRow> rows, boolean ontoRound) {
        Set<Long> matched = new HashSet<>();
        rows.stream().map(ImportRow::getMatchPersonId).filter(java.util.Objects::nonNull).forEach(matched::add);
        rows.stream().map(ImportRow::getPersonId).filter(java.util.Objects::nonNull).forEach(matched::add);
        Map<Long, String> visible = new HashMap<>();
        if (!matched.isEmpty()) {
            for (Object[] cells : em.createQuery("select p.id, p.caseNumber, o.code, a.username, p.restricted from Person p "
                    + "join p.office o left join p.assignedTo a where p.id in :ids", Object[].class)
                    .setParameter("ids", matched).getResultList()) {
                if (currentUser.scope().permits((String) cells[2], (String) cells[3], (Boolean) cells[4])) {
                    visible.put((Long) cells[0], (String) cells[1]);
                }
            }
        }
        return rows.stream().map(row -> {
            ImportRecord.Match match = null;
            if (row.getMatchPersonId() != null) {
                String caseNumber = visible.get(row.getMatchPersonId());
                match = new ImportRecord.Match(caseNumber == null ? null : row.getMatchPersonId(), caseNumber, caseNumber == null,
                        null, row.getMatchScore(), Findings.reasons(row.getMatchReasons()));
            } else if (row.getMatchReasons() != null) {
                // A row repeating an earlier row of its list: that row's line opens its reasons.
                List<Reason> reasons = Findings.reasons(row.getMatchReasons());
                match = new ImportRecord.Match(null, null, false, Long.valueOf(reasons.get(0).arguments().get(0)),
                        row.getMatchScore(), reasons.subList(1, reasons.size()));
            }
            return new ImportRecord.Row(row.getLine(), row.getState(), Findings.cells(row.getCells()),
                    Findings.problems(row.getProblems()), match, row.getPersonId(), ontoRound ? nomination(row) : null);
        }).toList();
    }

    /**
     * What came of nominating a row's person: kept on the row for one likely already registered; for a
     * row registered new, that it was not (a new person is reported, not verified); for any other, nothing.
     */
    private static ImportRecord.Nomination nomination(ImportRow row) {
        Reason kept = row.getNomination();
        if (kept != null) {
            return new ImportRecord.Nomination(kept.messageKey().equals(ImportBatches.NOMINATED), kept);
        }
        return row.getState() == RowState.NEW && row.getPersonId() != null
                ? new ImportRecord.Nomination(false, new Reason(NEW_NOT_NOMINATED, List.of())) : null;
    }

    private static ImportRecord record(ListImport listImport, List<ImportRecord.Row> rows, int page, int size, long listed) {
        long done = listImport.getState() == ImportState.PREVIEWING ? listImport.getRowsTotal() : listImport.getRowsCommitted();
        long toDo = listImport.getState() == ImportState.PREVIEWING ? listImport.getRowsExpected() : listImport.getRowsNew();
        int progress = listImport.getState() == ImportState.COMMITTED ? 100 : toDo == 0 ? 0 : (int) Math.min(99, done * 100 / toDo);
        List<String> header = listImport.getHeader() == null ? List.of() : Findings.cells(listImport.getHeader());
        return new ImportRecord(listImport.getId(), listImport.getState(), listImport.getSource(), listImport.getSourceKind().name(),
                listImport.getReceivedOn(), listImport.getFileName(), listImport.getCharset(),
                delimiterName(listImport.getDelimiter()), header, Findings.mapping(listImport.getMapping()), listImport.getRowsTotal(),
                listImport.getRowsNew(), listImport.getRowsDuplicate(), listImport.getRowsError(), listImport.getRowsCommitted(),
                progress, listImport.getCommitMode() == null ? null : listImport.getCommitMode().name(), listImport.getRoundId(),
                listImport.getRowsNominated(), listImport.getRowsNotNominated(), listImport.getFailure(), listImport.getCreatedAt(), rows, page, size, listed);
    }

    private static String delimiterName(String delimiter) {
        if (delimiter == null) {
            return null;
        }
        return switch (delimiter) {
            case ";" -> "semicolon";
            case "\t" -> "tab";
            default -> "comma";
        };
    }
}
