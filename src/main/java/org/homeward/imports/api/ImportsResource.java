package org.homeward.imports.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.imports.CommitMode;
import org.homeward.imports.ImportRecord;
import org.homeward.imports.ImportState;
import org.homeward.imports.ImportService;
import org.homeward.imports.ImportSettings;
import org.homeward.imports.ImportUpload;
import org.homeward.imports.RowState;
import org.homeward.matching.Reason;
import org.homeward.person.Category;
import org.homeward.person.Side;
import org.homeward.person.SourceKind;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.Messages;
import org.homeward.platform.Page;
import org.homeward.platform.Role;
import org.homeward.platform.api.ApiLocale;
import org.homeward.platform.api.FieldParser;

/**
 * Lists brought into the registry: upload a CSV (multipart), read its preview row by row, commit it.
 * Problems and explanations come in the caller's language.
 */
@Path("/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "CSV lists brought into the registry: preview, likely duplicates, commit")
public class ImportsResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ImportService imports;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** An import as the API shows it: {@link ImportRecord} with its problems and reasons in words. */
    public record ImportView(long id, String state, String source, String sourceKind, LocalDate receivedOn, String fileName,
            String charset, String delimiter, List<String> header, Map<String, String> mapping, long rowsTotal, long rowsNew,
            long rowsDuplicate, long rowsError, long rowsCommitted, int progress, String commitMode, Long roundId,
            long rowsNominated, long rowsNotNominated, String failure, Instant createdAt, List<RowView> rows, int page, int size,
            long rowsListed) {
    }

    /**
     * A row: {@code state} NEW, DUPLICATE or ERROR; the problems naming their field; the likely duplicate; when
     * the list was committed onto a round, what came of nominating the row's person.
     */
    public record RowView(long line, String state, List<String> cells, List<Problem> problems, MatchView duplicateOf,
            Long personId, NominationView nomination) {
    }

    /** Whether the row's person was put on the import's round, and in words what came of it (or why not). */
    public record NominationView(boolean nominated, String message) {
    }

    /** A problem of a row or the file: the field and what is wrong, in words. */
    public record Problem(String field, String message) {
    }

    /**
     * Whom the row likely is: the case (null and {@code outsideScope} when not the caller's to see), or the
     * earlier row of the same list ({@code line}, no case), how likely, why.
     */
    public record MatchView(Long personId, String caseNumber, boolean outsideScope, Long line, String description, int score,
            List<String> explanation) {
    }

    /**
     * {@code mode}: ALL_OR_NOTHING or VALID_ONLY; {@code roundId}: optionally, an open round to nominate the
     * registered people the list names to (supervisors only).
     */
    public record CommitRequest(String mode, Long roundId) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "uploadImport", description = "Who may call it: caseworkers and supervisors. Parts: file "
            + "(CSV: UTF-8 with or without BOM, Windows-1251 or KOI8-U; comma, semicolon or tab), source (required, "
            + "recorded on every person), kind (a source kind, OTHER_SIDE_LIST unless said), receivedOn (yyyy-MM-dd), "
            + "charset (UTF-8, windows-1251, KOI8-U; found when left out), category and side (for rows without such a column), "
            + "mapping (JSON: field name to header), saveMapping (true: keep the mapping for the source's next list).",
            summary = "Upload a list and preview it: 201 with every row new, likely duplicate or error; 400 naming the "
            + "problem (file, columns, mapping, source); 413 when larger than the configured limit")
    @APIResponse(responseCode = "201", description = "The import with the first page of its preview")
    @APIResponse(responseCode = "413", description = "The file is larger than the configured limit (HOMEWARD_IMPORT_MAX_MB, 20 MB by default): refused from its declared length before it is read")
    public Response upload(@FormParam("file") EntityPart file, @FormParam("source") String source,
            @FormParam("kind") String kind, @FormParam("receivedOn") String receivedOn, @FormParam("charset") String charset,
            @FormParam("category") String category, @FormParam("side") String side, @FormParam("mapping") String mapping,
            @FormParam("saveMapping") String saveMapping) {
        FieldParser parser = new FieldParser();
        ImportUpload upload = new ImportUpload(file == null ? null : content(file),
                file == null ? null : file.getFileName().orElse(null), source,
                parser.choice("kind", SourceKind.class, blank(kind)), parser.date("receivedOn", blank(receivedOn)), blank(charset),
                parser.choice("category", Category.class, blank(category)), parser.choice("side", Side.class, blank(side)),
                mapping(mapping), Boolean.TRUE.equals(parser.yesNo("saveMapping", blank(saveMapping))));
        parser.rejectIfAnyFailed();
        ImportRecord created = imports.upload(upload);
        // A large list is previewed in the background: accepted, its progress in GET.
        var answer = created.state() == ImportState.PREVIEWING ? Response.accepted() : Response.status(Response.Status.CREATED);
        return answer.location(uriInfo.getBaseUriBuilder().path("imports").path(String.valueOf(created.id())).build())
                .entity(view(created)).build();
    }

    @GET
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "listImports", description = "Who may call it: caseworkers and supervisors.",
            summary = "The caller's own imports, newest first (at most 50), without their rows")
    public List<ImportView> list() {
        return imports.mine().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "getImport", description = "Who may call it: caseworkers and supervisors (their own imports).",
            summary = "An import's preview, errors and progress: one page of its rows, all or of one state (NEW, DUPLICATE, ERROR)")
    public ImportView get(@PathParam("id") long id, @QueryParam("state") String state,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        FieldParser parser = new FieldParser();
        RowState only = parser.choice("state", RowState.class, blank(state));
        parser.rejectIfAnyFailed();
        return view(imports.get(id, only, page, size));
    }

    @POST
    @Path("{id}/commit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "commitImport",
            description = "Who may call it: caseworkers and supervisors (their own imports); with roundId, supervisors only.",
            summary = "Register the list's new rows with the list as their source: ALL_OR_NOTHING (refused with 400 when any row "
            + "has an error) or VALID_ONLY; likely duplicates (of a registered person, or of an earlier row of the list: "
            + "duplicateOf.line) are left out. With roundId (supervisors only; 400 naming roundId, nothing written, when the "
            + "caller is no supervisor or the round is unknown or closed), the registered people the rows are likely to be "
            + "are nominated to the round at the end of the commit, by the round's rules: rowsNominated and rowsNotNominated "
            + "count them, and each row's nomination says whether and, if not, why (several cases likely, outside the "
            + "caller's scope, not verified yet, on another open round, not of the round's kind); new rows are registered "
            + "as reported and not nominated. Committing a stopped list again nominates nobody twice")
    public ImportView commit(@PathParam("id") long id, CommitRequest request) {
        FieldParser parser = new FieldParser();
        CommitMode mode = parser.choice("mode", CommitMode.class, request == null ? null : request.mode());
        parser.rejectIfAnyFailed();
        return view(imports.commit(id, mode, request == null ? null : request.roundId()));
    }

    /** The file's bytes, never more than the limit plus one: a part that declared no length is cut off there. */
    private static byte[] content(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, ImportSettings.maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> mapping(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            Map<String, Object> read = JSON.fromJson(json, new LinkedHashMap<String, Object>() { }.getClass().getGenericSuperclass());
            Map<String, String> mapping = new LinkedHashMap<>();
            read.forEach((field, header) -> mapping.put(field, header == null ? null : String.valueOf(header)));
            return mapping;
        } catch (JsonbException | ClassCastException e) {
            throw new InvalidInput(FieldError.of("mapping", "import.mapping.unreadable"));
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private ImportView view(ImportRecord record) {
        Messages messages = Messages.in(ApiLocale.of(headers));
        List<RowView> rows = new ArrayList<>();
        for (ImportRecord.Row row : record.rows()) {
            MatchView match = null;
            if (row.duplicateOf() != null) {
                ImportRecord.Match m = row.duplicateOf();
                match = new MatchView(m.personId(), m.caseNumber(), m.outsideScope(), m.line(), m.description(messages), m.score(), m.reasons().stream().map(reason -> words(messages, reason)).toList());
            }
            NominationView nomination = row.nomination() == null ? null
                    : new NominationView(row.nomination().nominated(), row.nomination().words(messages));
            rows.add(new RowView(row.line(), row.state().name(), row.cells(),
                    row.problems().stream().map(problem -> new Problem(problem.field(), messages.get(problem))).toList(), match,
                    row.personId(), nomination));
        }
        return new ImportView(record.id(), record.state().name(), record.source(), record.sourceKind(), record.receivedOn(),
                record.fileName(), record.charset(), record.delimiter(), record.header(), record.mapping(), record.rowsTotal(),
                record.rowsNew(), record.rowsDuplicate(), record.rowsError(), record.rowsCommitted(), record.progress(),
                record.commitMode(), record.roundId(), record.rowsNominated(), record.rowsNotNominated(),
                record.failure() == null ? null
                        : messages.get(record.failure().messageKey(), record.failure().arguments().toArray()),
                record.createdAt(), rows, record.page(), record.size(),
                record.rowsListed());
    }

    static String words(Messages messages, Reason reason) {
        return messages.get(reason.messageKey(), reason.arguments().toArray());
    }

    static Locale locale(HttpHeaders headers) {
        return ApiLocale.of(headers);
    }
}
