package org.homeward.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.time.Clock;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.homeward.platform.DatabaseOutage;
import org.homeward.platform.NotFound;
import org.primefaces.csp.CspException;

/**
 * A page that fails answers with the status the API would give: 403 for a record outside the reader's
 * scope, 404 for one that is not there, 503 while the database cannot be reached, 500 for the unexpected; the error page is then the body.
 * PrimeFaces' own handler would redirect to the error page instead, which a browser, a proxy or a
 * monitoring probe reads as 200. A malformed postback (a view state the server never issued or no
 * longer keeps, a missing script nonce) answers 400 with the page that offers to start again, and is
 * logged as one short line, not as a fault. Within an AJAX request there is no page to give a status
 * to, so that stays with PrimeFaces (it shows the error page through a redirect).
 */
public class ErrorStatus extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ErrorStatus.class.getName());
    private static final RefusedRequests REFUSED = new RefusedRequests(Clock.systemUTC());

    public ErrorStatus(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            boolean ajax = faces.getPartialViewContext().isAjaxRequest();
            Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
            while (queued.hasNext()) {
                Throwable failure = queued.next().getContext().getException();
                String malformed = malformedPostback(failure);
                if (malformed != null) {
                    REFUSED.refused(malformed).ifPresent(LOG::warning);
                }
                if (ajax) {
                    // PrimeFaces shows the error page; it does not log these kinds (web.xml).
                    continue;
                }
                int status = malformed != null ? 400 : statusOf(failure);
                if (status == 0 || faces.getExternalContext().isResponseCommitted()) {
                    continue;
                }
                queued.remove();
                if (status == 500) {
                    LOG.log(Level.SEVERE, "a page failed", failure);
                } else if (status == 503) {
                    DatabaseOutage.answered("page");
                }
                send(faces, status, failure.toString());
                break;
            }
        }
        getWrapped().handle();
    }

    /**
     * The kind of a postback that is malformed rather than failed: a view state that is not (or no
     * longer) the server's, or a missing or wrong script nonce. Scanners send these by the thousand;
     * null for any other failure.
     */
    static String malformedPostback(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return "view state unknown or expired";
            }
            if (cause instanceof CspException) {
                return "script nonce missing or wrong";
            }
        }
        return null;
    }

    /** The status a failure answers with; 0 for one left to PrimeFaces. */
    static int statusOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException) {
                return 403;
            }
            if (cause instanceof NotFound) {
                return 404;
            }
        }
        return DatabaseOutage.caused(failure) ? 503 : 500;
    }

    /** A page asked for a record that is not there (or for no record at all): the answer is the 404 page. */
    public static void notFound(String why) {
        send(FacesContext.getCurrentInstance(), 404, why);
    }

    /** Answers with an error status instead of the page; {@code why} is for the server's log, never shown. */
    public static void send(FacesContext faces, int status, String why) {
        try {
            faces.getExternalContext().responseReset();
            faces.getExternalContext().responseSendError(status, why);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Puts {@link ErrorStatus} in front of the exception handler Faces would otherwise use (see faces-config.xml). */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ErrorStatus(getWrapped().getExceptionHandler());
        }
    }
}
