package org.homeward.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** A page asked for a record that is not there (or no record at all): the answer is the 404 error page. */
public final class NotFoundPage {

    private NotFoundPage() {
    }

    /** Answers 404 instead of rendering the page; {@code why} is for the server, never shown. */
    public static void send(String why) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, why);
        faces.responseComplete();
    }
}
