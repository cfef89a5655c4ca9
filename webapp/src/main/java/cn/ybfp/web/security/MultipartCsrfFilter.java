package cn.ybfp.web.security;

import jakarta.mvc.security.Csrf;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Krazo checks the CSRF token of url-encoded forms, and of other posts only in the {@code X-CSRF-TOKEN} header,
 * which an HTML file-upload form cannot send. Such a form puts the token into its action's {@code _csrf} query
 * parameter, and this filter hands it to Krazo as the header, so Krazo still makes the check.
 */
@WebFilter("/app/*")
public class MultipartCsrfFilter extends HttpFilter {

    static final String PARAMETER = "_csrf";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getContentType();
        String token = request.getQueryString() == null ? null : queryToken(request.getQueryString());
        if (token != null
                && contentType != null
                && contentType.startsWith("multipart/form-data")
                && request.getHeader(Csrf.DEFAULT_CSRF_HEADER_NAME) == null) {
            chain.doFilter(new TokenHeader(request, token), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Reads the token from the raw query string: getParameter would consume the multipart body. */
    private static String queryToken(String query) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(PARAMETER + "=")) {
                return java.net.URLDecoder.decode(
                        pair.substring(PARAMETER.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static final class TokenHeader extends HttpServletRequestWrapper {

        private final String token;

        TokenHeader(HttpServletRequest request, String token) {
            super(request);
            this.token = token;
        }

        @Override
        public String getHeader(String name) {
            return Csrf.DEFAULT_CSRF_HEADER_NAME.equalsIgnoreCase(name) ? token : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            var names = Collections.list(super.getHeaderNames());
            names.add(Csrf.DEFAULT_CSRF_HEADER_NAME);
            return Collections.enumeration(names);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return Csrf.DEFAULT_CSRF_HEADER_NAME.equalsIgnoreCase(name)
                    ? Collections.enumeration(java.util.List.of(token))
                    : super.getHeaders(name);
        }
    }
}
