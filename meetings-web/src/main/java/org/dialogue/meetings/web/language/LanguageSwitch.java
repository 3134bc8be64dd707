package org.dialogue.meetings.web.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.dialogue.meetings.domain.shared.Languages;

/**
 * What the language switch in the page header shows: the four languages, each named in its own language (a reader
 * who does not understand the current one still finds theirs), which one is on, and the page to come back to.
 */
@Named
@RequestScoped
public class LanguageSwitch {

    /** One button of the switch (a class with getters: Jakarta EL 5 does not read records' accessors). */
    public static final class Option {
        private final String code;
        private final String name;
        private final boolean current;

        Option(String code, String name, boolean current) {
            this.code = code;
            this.name = name;
            this.current = current;
        }

        /** The language code: the button's value and its text's {@code lang}. */
        public String getCode() {
            return code;
        }

        /** The language's name in that language. */
        public String getName() {
            return name;
        }

        /** The direction of the name's script. */
        public String getDirection() {
            return "ar".equals(code) ? "rtl" : "ltr";
        }

        /** Whether it is the page's language. */
        public boolean isCurrent() {
            return current;
        }
    }

    /** Each language's own name for itself (the same in every bundle, hence here and not in the bundles). */
    private static final List<String> OWN_NAMES = List.of("English", "Français", "Español", "العربية");


    public List<Option> getOptions() {
        String current = getLanguage();
        return java.util.stream.IntStream.range(0, Languages.CODES.size())
                .mapToObj(i -> new Option(Languages.CODES.get(i), OWN_NAMES.get(i),
                        Languages.CODES.get(i).equals(current)))
                .toList();
    }

    /** The page's language code. */
    public String getLanguage() {
        Locale locale = faces().getViewRoot() == null ? null : faces().getViewRoot().getLocale();
        return locale == null ? Languages.ENGLISH : locale.getLanguage();
    }

    /** "rtl" for Arabic, else "ltr": the page's direction (also PrimeFaces', see web.xml). */
    public String getDirection() {
        return "ar".equals(getLanguage()) ? "rtl" : "ltr";
    }

    /** The page the user is on, as a path and query inside the application (the original address on error pages). */
    public String getReturnPath() {
        HttpServletRequest request = (HttpServletRequest) faces().getExternalContext().getRequest();
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String query = null;
        if (uri == null) {
            uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        }
        if (uri == null && "POST".equals(request.getMethod())) {
            // a page shown again after a form post: its address (with its ?id=...) is the page the form was on
            String fromReferer = refererPath(request);
            if (fromReferer != null) {
                return LanguageServlet.returnPath(fromReferer);
            }
        }
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        return LanguageServlet.returnPath(query == null ? path : path + "?" + query);
    }

    /** The path and query of the Referer when it is a page of this application, else null. */
    private static String refererPath(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        String own = request.getRequestURL().toString();
        String application = own.substring(0, own.length() - request.getRequestURI().length())
                + request.getContextPath();
        return referer.startsWith(application + "/") ? referer.substring(application.length()) : null;
    }

    /**
     * The current Faces context, looked up at each use: an error page shown in the same request as a page that failed
     * runs in a new one, and a context injected earlier in the request would be the failed page's, already released.
     */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
