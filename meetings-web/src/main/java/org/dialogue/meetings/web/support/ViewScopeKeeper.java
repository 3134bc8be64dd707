package org.dialogue.meetings.web.support;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.Serial;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the view-scoped beans of a page alive until its request has ended, however many other requests of the same
 * session run meanwhile (several tabs of one user, a page's own Ajax calls).
 *
 * <p>Faces (Mojarra 4.0.11, bundled with Payara 6.2025.10) keeps a session's view-scoped beans for its 25 newest
 * views. When a 26th view starts, it destroys the beans of the oldest one at once, even while that page is still
 * being written by another thread: the rest of that page then meets a new, empty bean (the meeting page failed on
 * {@code #{msg['MeetingStatus.' += meeting.status]}} with a NullPointerException, 13 error pages in one load run).
 * Mojarra fixed this in 4.0.19 (its issue 5844: beans are destroyed only once no request uses them); until Payara
 * ships that version, this listener gives each new session Mojarra's two session attributes ready-made:
 * <ul>
 * <li>a size Mojarra never reaches, so that it never destroys a view's beans itself;</li>
 * <li>the map of the session's views, which keeps the {@value #VIEWS_KEPT} most recently used and forgets older ones
 *     without destroying anything. A page still being written holds its own beans, so it finishes with them; a
 *     forgotten view's beans are garbage once no request uses them. (None of our beans has a {@code @PreDestroy}.)</li>
 * </ul>
 * A page whose view was forgotten cannot be posted back: it has left the newest 15 views whose state Faces keeps long
 * before, and gets the "session expired" page, as it did before this class.
 *
 * <p>Remove this class when the server bundles Mojarra 4.0.19 or newer ({@code ConcurrentPageViewsIT} tells).
 */
@WebListener
public class ViewScopeKeeper implements HttpSessionListener {

    /** Mojarra's session attribute with the session's views and their view-scoped beans. */
    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    /** Mojarra's session attribute with the number of views at which it destroys the oldest one's beans. */
    static final String ACTIVE_VIEW_MAPS_SIZE = "com.sun.faces.application.view.activeViewMapsSize";
    /** As many views as Mojarra keeps by default. */
    static final int VIEWS_KEPT = 25;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setAttribute(ACTIVE_VIEW_MAPS_SIZE, Integer.MAX_VALUE);
        event.getSession().setAttribute(ACTIVE_VIEW_MAPS, Collections.synchronizedMap(new NewestViews()));
    }

    /** The views most recently used first to stay, as Mojarra's own map orders them; older ones are forgotten. */
    static final class NewestViews extends LinkedHashMap<String, Object> {

        @Serial
        private static final long serialVersionUID = 1L;

        NewestViews() {
            super(VIEWS_KEPT + 1, 1f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > VIEWS_KEPT;
        }
    }
}
