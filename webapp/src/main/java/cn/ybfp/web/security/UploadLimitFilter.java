package cn.ybfp.web.security;

import cn.ybfp.applications.application.CaseSettings;
import cn.ybfp.register.application.ExchangeService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An upload bigger than the portal takes is refused before a byte of it is read (413), so that a hostile client
 * cannot make the server spool gigabytes: an exchange list, a health department's list or a service-record file up to {@code exchange.max-upload-mb} (200 MB), anything
 * else up to {@code applications.max-attachment-mb} (10 MB), each with 1 MB for the form around the file. An upload that does not say its
 * size (411) is refused too; browsers always say it. The services check the exact limits again while they copy.
 */
@WebFilter("/app/*")
public class UploadLimitFilter extends HttpFilter {

    private static final long FORM = 1024 * 1024;

    @Inject
    ExchangeService exchange;

    @Inject
    CaseSettings cases;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null && type.startsWith("multipart/")) {
            long length = request.getContentLengthLong();
            if (length < 0) {
                response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
                return;
            }
            if (length > limit(request)) {
                response.setHeader("Connection", "close"); // do not read the rest of it
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private long limit(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean exchange = path.startsWith("/app/register/exchange")
                || path.startsWith("/app/booklets/health-lists")
                || path.startsWith("/app/contracts/imports")
                || path.startsWith("/app/monitoring/feedback");
        return (exchange ? this.exchange.maxUploadMb() : cases.maxAttachmentMb()) * 1024L * 1024 + FORM;
    }
}
