package org.homeward.platform.api;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.homeward.platform.Conflict;
import org.homeward.platform.DatabaseOutage;
import org.homeward.platform.Failures;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.Messages;

/**
 * Everything else. Exceptions that arrive wrapped (an EJB system exception around an optimistic lock
 * failure at commit, a processing exception around unreadable JSON) are unwrapped and answered as
 * what they are; a real fault is logged with a reference the user can quote, and answered 500
 * without internals. The database being away is no fault: 503, try again shortly.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    /** How long a client is asked to wait while the database is away: a restart takes a few seconds. */
    static final String RETRY_AFTER_SECONDS = "5";

    @Context
    HttpHeaders headers;

    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return new ConflictMapper().withHeaders(headers).toResponse(new Conflict(null, null));
            }
            if (t != exception && (t instanceof ConstraintViolationException || t instanceof JsonbException
                    || t instanceof WebApplicationException || t instanceof Conflict || t instanceof InvalidInput)) {
                ExceptionMapper mapper = providers.getExceptionMapper(t.getClass());
                if (mapper != null && mapper != this) {
                    return mapper.toResponse(t);
                }
            }
            if (!(t instanceof EJBException || t instanceof ProcessingException)) {
                break;
            }
        }
        if (DatabaseOutage.caused(exception)) {
            // Expected while the database restarts: no stack trace, and a status that tells clients to come back.
            DatabaseOutage.answered("API");
            return Response.fromResponse(ErrorResponses.message(503, Messages.in(ApiLocale.of(headers)).get("error.unavailable")))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, Failures.withoutMessages(exception));
        return ErrorResponses.message(500, Messages.in(ApiLocale.of(headers)).get("error.unexpected.reference", reference));
    }
}
