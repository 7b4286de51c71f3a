package org.homeward.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** Browsers ask for /favicon.ico on every site; the icon is the Homeward mark from the resources. */
@WebServlet("/favicon.ico")
public class FaviconServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (InputStream icon = getServletContext().getResourceAsStream("/resources/homeward/favicon.svg")) {
            if (icon == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("image/svg+xml");
            response.setHeader("Cache-Control", "public, max-age=86400");
            icon.transferTo(response.getOutputStream());
        }
    }
}
