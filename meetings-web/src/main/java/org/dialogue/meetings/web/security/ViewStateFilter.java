package org.dialogue.meetings.web.security;

import jakarta.faces.render.ResponseStateManager;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Only a form the application rendered can change anything. Faces runs actions only on a "postback", which it
 * recognises by the view state field alone, whatever the HTTP method; so:
 * <ul>
 * <li>a POST without a view state (not sent by one of our forms) changes nothing and gets the "session expired"
 * page, like a form whose state has gone (a forged or unknown view state gets that page from Faces itself, through
 * the error pages of web.xml and {@link StatelessClaimViewHandler});
 * <li>a GET (or any other method) never runs an action: the view state and the other Faces request parameters in its
 * address ({@code jakarta.faces.*}, which only our forms' posts carry) and the Ajax request header are hidden from
 * Faces, so the page is simply shown.
 * </ul>
 */
@WebFilter(filterName = "ViewStateFilter", servletNames = "Faces Servlet")
public class ViewStateFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String VIEW_STATE = ResponseStateManager.VIEW_STATE_PARAM;
    /** The view state, the Ajax markers (partial.ajax, partial.execute, source...): parameters of form posts. */
    private static final String FACES_PARAMETERS = "jakarta.faces.";
    /** The header of Faces Ajax requests ("partial/ajax"). */
    private static final String AJAX_HEADER = "Faces-Request";
    /** The encoding of every page, hence of every form they post. */
    private static final String UTF_8 = "UTF-8";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(UTF_8); // before reading the first parameter, as Faces would
        }
        boolean post = "POST".equals(request.getMethod());
        if (post && request.getParameter(VIEW_STATE) == null) {
            SignInFilter.sendToExpired(request, response);
        } else if (!post && (request.getHeader(AJAX_HEADER) != null || request.getParameterMap().keySet().stream()
                .anyMatch(ViewStateFilter::isFacesParameter))) {
            chain.doFilter(plainPageRequest(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isFacesParameter(String name) {
        return name.startsWith(FACES_PARAMETERS);
    }

    /** The request without what would make Faces take it for a form post or an Ajax request. */
    private static HttpServletRequest plainPageRequest(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return isFacesParameter(name) ? null : super.getParameter(name);
            }

            @Override
            public String[] getParameterValues(String name) {
                return isFacesParameter(name) ? null : super.getParameterValues(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
                parameters.keySet().removeIf(ViewStateFilter::isFacesParameter);
                return Collections.unmodifiableMap(parameters);
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(getParameterMap().keySet());
            }

            @Override
            public String getHeader(String name) {
                return AJAX_HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return AJAX_HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }
        };
    }
}
