package org.homeward.platform.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.json.Json;
import java.io.IOException;

/**
 * The container's 401 and 429 error pages (web.xml). Only API calls are ever answered 401 or 429
 * (people in the browser are sent to the sign-in page, which says why), so the answer is the API's
 * JSON error body.
 */
@WebServlet({"/error/401", "/error/429"})
public class UnauthorizedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Request attribute: why the request was not authenticated, in words for the client. */
    public static final String MESSAGE = "homeward.unauthorized";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object message = request.getAttribute(MESSAGE);
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code == 429
                ? 429 : HttpServletResponse.SC_UNAUTHORIZED;
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", status)
                .add("message", message == null ? "Authentication required." : message.toString())
                .build().toString());
    }
}
