package org.homeward.imports.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.imports.CommitMode;
import org.homeward.imports.ImportField;
import org.homeward.imports.ImportRecord;
import org.homeward.imports.ImportSettings;
import org.homeward.imports.ImportState;
import org.homeward.imports.ImportService;
import org.homeward.imports.ImportUpload;
import org.homeward.imports.ListFile;
import org.homeward.imports.RowState;
import org.homeward.access.CurrentUser;
import org.homeward.matching.Reason;
import org.homeward.person.Category;
import org.homeward.person.Side;
import org.homeward.person.SourceKind;
import org.homeward.platform.FieldError;
import org.homeward.platform.Page;
import org.homeward.platform.Role;
import org.homeward.platform.web.PageMessages;
import org.homeward.round.RoundService;
import org.homeward.round.RoundViews.RoundRow;

/**
 * The Imports page, for caseworkers and supervisors: upload a list, see and change how its columns
 * were mapped, read its preview (every row new, likely someone registered, or an error; filtered to
 * errors or duplicates), and commit it, all or nothing or the valid rows only, following its progress; a
 * supervisor may also nominate the registered people it names to an open round.
 */
@Named
@ViewScoped
public class ImportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportService imports;

    @Inject
    PageMessages messages;

    @Inject
    RoundService rounds;

    @Inject
    CurrentUser currentUser;

    private transient Part file;
    private String source;
    private SourceKind kind = SourceKind.OTHER_SIDE_LIST;
    private LocalDate receivedOn;
    private String charset;
    private Category category = Category.POW;
    private Side side = Side.OWN;
    private boolean saveMapping;
    private Map<String, String> mapping = new LinkedHashMap<>();

    private Long importId;
    private RowState only;
    private CommitMode mode = CommitMode.VALID_ONLY;
    private Long roundId;
    private transient List<RoundRow> openRounds;
    private ImportRecord current;

    public void upload() {
        byte[] content = file == null ? null : content(file);
        String fileName = file == null ? null : file.getSubmittedFileName();
        messages.carryOut("uploadForm", () -> {
            current = imports.upload(new ImportUpload(content, fileName, source, kind, receivedOn, charset, category, side,
                    null, false));
            importId = current.id();
            mapping = new LinkedHashMap<>(current.mapping());
            only = null;
            messages.info("import.previewed", current.rowsTotal());
        });
    }

    /** The file's bytes, never more than the limit plus one, which the service then refuses. */
    private static byte[] content(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, ImportSettings.maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remap() {
        messages.carryOut("mappingForm", () -> {
            Map<String, String> chosen = new LinkedHashMap<>();
            for (ImportField field : ImportField.values()) {
                chosen.put(field.field(), mapping.get(field.field()));
            }
            current = imports.remap(importId, chosen, saveMapping);
            messages.info("import.remapped");
        });
    }

    public void commit() {
        messages.carryOut("commitForm", () -> {
            current = imports.commit(importId, mode, roundId);
            messages.info("import.committed", current.rowsCommitted());
            if (current.roundId() != null && current.state() == ImportState.COMMITTED) {
                messages.info("import.nominatedCounts", current.rowsNominated(), current.rowsNotNominated());
            }
        });
    }

    /** The import shown, read afresh (its progress changes while it is committed). */
    public ImportRecord getCurrent() {
        if (importId != null) {
            current = imports.get(importId, only, 0, Page.MAX_SIZE);
        }
        return current;
    }

    public void filter() {
        current = null;
    }

    /** A row's cells as written, one line. */
    public String cells(List<String> cells) {
        return String.join(" · ", cells);
    }

    /** A row's problems in the reader's language, each naming its field. */
    public String problems(List<FieldError> problems) {
        StringBuilder text = new StringBuilder();
        for (FieldError problem : problems) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            String field = messages.texts().get("import.field." + problem.field());
            // The form's rules may name a field a list has no column for: then its name as the API gives it.
            text.append(messages.texts().get("import.problem", field.startsWith("???") ? problem.field() : field,
                    messages.texts().get(problem)));
        }
        return text.toString();
    }

    /** Why the import stopped, in the reader's language with its particulars; null when it did not. */
    public String getFailure() {
        Reason failure = current == null ? null : current.failure();
        return failure == null ? null : messages.texts().get(failure.messageKey(), failure.arguments().toArray());
    }

    /** Whom a row likely is and why, in the reader's language. */
    public String explanation(ImportRecord.Match match) {
        if (match == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(match.description(messages.texts()));
        text.append(": ");
        List<Reason> reasons = match.reasons();
        for (int i = 0; i < reasons.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(messages.texts().get(reasons.get(i).messageKey(), reasons.get(i).arguments().toArray()));
        }
        return text.toString();
    }

    /** What came of nominating a row's person to the round, in the reader's language. */
    public String nomination(ImportRecord.Nomination nomination) {
        return nomination == null ? "" : nomination.words(messages.texts());
    }

    /**
     * The rounds a supervisor may nominate the list's people to: the open ones, newest talks first. None for a
     * caseworker, who proposes people one by one from their cases.
     */
    public List<RoundRow> getRounds() {
        if (openRounds == null) {
            openRounds = currentUser.hasRole(Role.SUPERVISOR)
                    ? rounds.list(null, 0, 200).items().stream().filter(r -> r.status().isOpen()).toList()
                    : List.of();
        }
        return openRounds;
    }

    public List<ImportField> getFields() {
        return List.of(ImportField.values());
    }

    public List<String> getCharsets() {
        return ListFile.CHARSETS;
    }

    public List<SourceKind> getKinds() {
        return List.of(SourceKind.values());
    }

    public List<Category> getCategories() {
        return List.of(Category.values());
    }

    public List<Side> getSides() {
        return List.of(Side.values());
    }

    public List<RowState> getStates() {
        return List.of(RowState.ERROR, RowState.DUPLICATE, RowState.NEW);
    }

    public List<CommitMode> getModes() {
        return List.of(CommitMode.values());
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public SourceKind getKind() {
        return kind;
    }

    public void setKind(SourceKind kind) {
        this.kind = kind;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getCharset() {
        return charset;
    }

    public void setCharset(String charset) {
        this.charset = charset == null || charset.isBlank() ? null : charset;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public boolean isSaveMapping() {
        return saveMapping;
    }

    public void setSaveMapping(boolean saveMapping) {
        this.saveMapping = saveMapping;
    }

    /** Field name to header, as the mapping form edits it. */
    public Map<String, String> getMapping() {
        return mapping;
    }

    public RowState getOnly() {
        return only;
    }

    public void setOnly(RowState only) {
        this.only = only;
    }

    public CommitMode getMode() {
        return mode;
    }

    public void setMode(CommitMode mode) {
        this.mode = mode;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }
}
