package org.homeward.duplicates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.homeward.duplicates.DuplicateScanService;
import org.homeward.duplicates.DuplicateService;
import org.homeward.duplicates.PairRecord;
import org.homeward.duplicates.PairState;
import org.homeward.duplicates.ScanRecord;
import org.homeward.platform.Language;
import org.homeward.platform.Page;
import org.homeward.platform.web.PageMessages;

/**
 * The queue of possible duplicates in the supervisor's record scope, by state, and the scan of the whole
 * registry, started and followed here.
 */
@Named
@ViewScoped
public class DuplicatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 50;

    @Inject
    DuplicateService duplicates;

    @Inject
    DuplicateScanService scans;

    @Inject
    PageMessages messages;

    @Inject
    Language language;

    private PairState state = PairState.OPEN;
    private int page;
    private transient Page<PairRecord> pairs;
    private Long scanId;
    /** The scan as last read: the page asks for it several times per answer, the database once. */
    private transient ScanRecord scan;

    public Page<PairRecord> getPairs() {
        if (pairs == null) {
            pairs = duplicates.queue(state, null, page, PAGE_SIZE, language.getLocale());
        }
        return pairs;
    }

    public void filter() {
        page = 0;
        pairs = null;
    }

    public void next() {
        page++;
        pairs = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        pairs = null;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < getPairs().total();
    }

    /** The scan started or followed here, or the one running now; null when none. */
    public ScanRecord getScan() {
        if (scan == null) {
            scan = scanId != null ? scans.get(scanId) : scans.current().orElse(null);
            scanId = scan == null ? null : scan.id();
        }
        return scan;
    }

    /** Reads the scan's progress again (the poll while it runs). */
    public void refreshScan() {
        scan = null;
    }

    public void startScan() {
        scan = scans.start();
        scanId = scan.id();
        messages.info("duplicates.scan.started");
    }

    public void cancelScan() {
        if (getScan() != null) {
            scan = scans.cancel(scanId);
            messages.info("duplicates.scan.cancelAsked");
        }
    }

    public List<PairState> getStates() {
        return List.of(PairState.values());
    }

    public PairState getState() {
        return state;
    }

    public void setState(PairState state) {
        this.state = state == null ? PairState.OPEN : state;
    }

    public int getPage() {
        return page;
    }
}
