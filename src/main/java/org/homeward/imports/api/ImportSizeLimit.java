package org.homeward.imports.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.homeward.imports.ImportSettings;
import org.homeward.platform.Messages;
import org.homeward.platform.api.ApiLocale;
import org.homeward.platform.api.ErrorBody;

/**
 * Refuses a list upload larger than the configured limit from its declared length, before a byte of it
 * is read: 413. The multipart envelope around the file is allowed its few kilobytes on top.
 */
@Provider
@PreMatching
public class ImportSizeLimit implements ContainerRequestFilter {

    static final long ENVELOPE = 64 * 1024;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!HttpMethod.POST.equals(request.getMethod()) || !(path.equals("imports") || path.equals("/imports"))) {
            return;
        }
        if (request.getLength() > ImportSettings.maxBytes() + ENVELOPE) {
            long megabytes = ImportSettings.maxBytes() / (1024 * 1024);
            request.abortWith(Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type(MediaType.APPLICATION_JSON)
                    .entity(ErrorBody.of(413, Messages.in(ApiLocale.of(headers)).get("import.file.tooLarge", megabytes))).build());
        }
    }
}
