package org.homeward.platform.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.json.Json;
import java.io.IOException;

/**
 * The container's 401 error page (web.xml). Only API calls are ever answered 401 (people in the
 * browser are sent to the sign-in page), so the answer is the API's JSON error body.
 */
@WebServlet("/error/401")
public class UnauthorizedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Request attribute: why the request was not authenticated, in words for the client. */
    public static final String MESSAGE = "homeward.unauthorized";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object message = request.getAttribute(MESSAGE);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", 401)
                .add("message", message == null ? "Authentication required." : message.toString())
                .build().toString());
    }
}
