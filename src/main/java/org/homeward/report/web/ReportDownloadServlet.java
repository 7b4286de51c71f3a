package org.homeward.report.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.Language;
import org.homeward.platform.Messages;
import org.homeward.report.Report;
import org.homeward.report.ReportCsv;
import org.homeward.report.ReportFilter;
import org.homeward.report.ReportName;
import org.homeward.report.ReportPdf;
import org.homeward.report.ReportService;
import org.homeward.report.ReportText;

/**
 * The dashboard's downloads: {@code /reports/download?name=status&format=pdf&…filters}, in the signed-in
 * session and the page's language. The service decides who may (and logs the download); a bad filter
 * is a 400 naming it, a reader without a case role a 403.
 */
@WebServlet("/reports/download")
public class ReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    Language language;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Messages texts = Messages.in(language.getLocale());
        ReportName name = ReportName.bySlug(String.valueOf(request.getParameter("name"))).orElse(null);
        String format = request.getParameter("format");
        if (name == null || !("pdf".equals(format) || "csv".equals(format))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Report report;
        try {
            report = reports.download(name, ReportFilter.from(request::getParameter), format);
        } catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(String.join("\n", invalid.errors().stream().map(texts::get).toList()));
            return;
        } catch (EJBAccessException denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ReportText text = new ReportText(texts, clock.getZone());
        byte[] body = format.equals("pdf") ? ReportPdf.write(report, text)
                : ReportCsv.write(report, text).getBytes(StandardCharsets.UTF_8);
        response.setContentType(format.equals("pdf") ? "application/pdf" : "text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"homeward-" + name.slug() + "." + format + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
