package org.homeward.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.Role;

/**
 * Previews or commits a large list in the background, batch after batch, as the user who asked (an
 * asynchronous EJB call keeps the caller's identity, so every rule and scope check applies as it would to
 * them). A server that stops meanwhile leaves the import to be failed when it starts again (see
 * {@link ImportRecovery}).
 */
@Stateless
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Inject
    ImportBatches batches;

    /** Judges and stores the file's rows batch by batch; the import is previewed after the last. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public void preview(long id, ListFile file) {
        try {
            previewNow(id, file);
        } catch (RuntimeException e) {
            stopped(id, e);
        }
    }

    /** The same, in the caller's thread: each batch still a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public void previewNow(long id, ListFile file) {
        List<ListFile.ListRow> rows = file.rows();
        EarlierRows earlier = new EarlierRows();
        int from = 0;
        do {
            int to = Math.min(rows.size(), from + ImportSettings.BATCH);
            batches.preview(id, rows.subList(from, to), to == rows.size() ? file : null, earlier);
            from = to;
        } while (from < rows.size());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public void run(long id) {
        try {
            // Each batch commits; the next goes on from the last line it read.
            long after = ImportBatches.BEFORE_FIRST_LINE;
            do {
                after = batches.write(id, ImportSettings.BATCH, after);
            } while (after >= 0);
            batches.finish(id);
        } catch (InvalidInput refused) {
            batches.fail(id, refused);
        } catch (RuntimeException e) {
            stopped(id, e);
        }
    }

    private void stopped(long id, RuntimeException e) {
        // The class only: a message could quote a value of the list.
        LOG.log(Level.WARNING, "Import {0} stopped: {1}", new Object[] {id, e.getClass().getName()});
        batches.fail(id, "import.failed.unexpected");
    }
}
