package org.homeward.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.testing.Api;
import org.homeward.testing.PageClient;
import org.junit.jupiter.api.Test;

/**
 * A user signed in through the balancer keeps working when the node that served them stops: still
 * signed in, and the half-filled form they were on (its server-side view state and the view-scoped
 * bean with the rows they added and typed) is there on the other node. Run by src/test/cluster/run.sh
 * against two running nodes; not an *IT, so the single-server passes leave it out.
 */
class ClusterFailover {

    private static final String FORM = "cases/edit.xhtml";
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("name=\"(caseForm:[^\"]*:(\\d+):documentNumber)\"");

    @Test
    void aSignedInUserAndTheirHalfFilledFormSurviveTheNodeThatServedThem() {
        PageClient browser = new PageClient(TwoNodes.BALANCER);
        PageClient.Page signedIn = browser.signIn("caseworker", Api.DEMO_PASSWORD);
        int served = TwoNodes.routeOf(signedIn.sessionCookie().orElseThrow(() -> new AssertionError("no session: " + signedIn.body())));

        PageClient.Page form = browser.get(FORM);
        assertEquals(200, form.status(), form.body());
        String viewState = form.viewState();
        String nonce = form.nonce();
        PageClient.Page oneRow = browser.ajax(FORM, addDocument(viewState, nonce, ""));
        String numberField = lastDocumentNumberField(oneRow.body());
        PageClient.Page typed = browser.ajax(FORM, addDocument(viewState, nonce,
                "&" + PageClient.encode(numberField) + "=" + PageClient.encode("FE 731904")));
        assertEquals(200, typed.status(), typed.body());

        TwoNodes.stop(served);
        try {
            assertFalse(TwoNodes.answers(served), "node" + served + " still answers");
            // The same view, posted again without the typed number: only the other node's copy of the
            // view can give it back, with the two rows added before and the one this adds.
            PageClient.Page after = browser.ajax(FORM, addDocument(viewState, nonce, ""));

            assertEquals(200, after.status(), after.body());
            assertTrue(after.body().contains("value=\"FE 731904\""), after.body());
            assertEquals("2", lastDocumentNumberIndex(after.body()), after.body());
            assertTrue(browser.isSignedIn(), "signed out by the failover");
            PageClient.Page list = browser.get("cases/list.xhtml");
            assertEquals(200, list.status());
        } finally {
            TwoNodes.start(served);
        }
    }

    /** PrimeFaces' postback of the "add a document" button: processes and re-renders the documents panel. */
    private static String addDocument(String viewState, String nonce, String fields) {
        return "jakarta.faces.source=caseForm%3AaddDocument&jakarta.faces.partial.execute=caseForm%3Adocuments"
                + "&jakarta.faces.partial.render=caseForm%3Adocuments&caseForm%3AaddDocument=caseForm%3AaddDocument"
                + "&caseForm=caseForm" + fields + "&jakarta.faces.ViewState=" + PageClient.encode(viewState)
                + "&primefaces.nonce=" + PageClient.encode(nonce);
    }

    private static String lastDocumentNumberField(String body) {
        return lastDocumentNumber(body).group(1);
    }

    private static String lastDocumentNumberIndex(String body) {
        return lastDocumentNumber(body).group(2);
    }

    private static Matcher lastDocumentNumber(String body) {
        Matcher found = DOCUMENT_NUMBER.matcher(body);
        Matcher last = null;
        while (found.find()) {
            last = DOCUMENT_NUMBER.matcher(body);
            last.find(found.start());
        }
        if (last == null) {
            throw new AssertionError("no document row in " + body);
        }
        return last;
    }
}
