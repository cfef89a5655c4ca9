package cn.ybfp.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The session gets a new id on the first request after login (session fixation): the id the browser had while it
 * was sent to Keycloak, which someone else may have planted, is worth nothing once the user has logged in. What the
 * session holds (the login's tokens) stays.
 */
@WebFilter("/app/*")
public class NewSessionAtLogin extends HttpFilter {

    static final String MARK = NewSessionAtLogin.class.getName();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null && session.getAttribute(MARK) == null) {
            request.changeSessionId();
            session.setAttribute(MARK, Boolean.TRUE);
        }
        chain.doFilter(request, response);
    }
}
