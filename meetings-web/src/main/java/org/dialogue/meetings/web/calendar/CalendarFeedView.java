package org.dialogue.meetings.web.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.dialogue.meetings.application.CalendarService;
import org.dialogue.meetings.web.support.Feedback;

/**
 * The calendar feed section of the profile page ({@code WEB-INF/includes/calendar-feed.xhtml}): whether the user has a
 * feed address, and a button that makes a new one. Only the token's hash is stored, so the full address is shown once,
 * in the answer to that button, and kept nowhere else (not even in the session: the bean lives for one request).
 */
@Named
@RequestScoped
public class CalendarFeedView {

    @Inject
    private CalendarService calendarService;

    @Inject
    private CalendarDownloads downloads;

    @Inject
    private Feedback feedback;

    private Instant issuedAt;
    private String newAddress;

    @PostConstruct
    void load() {
        issuedAt = calendarService.feedIssuedAt().orElse(null);
    }

    /** Makes a new feed address (the old one stops working) and shows it, this once. */
    public void renew() {
        newAddress = downloads.feed(calendarService.renewFeed());
        issuedAt = calendarService.feedIssuedAt().orElse(null);
        feedback.info("calendar.feed.created");
    }

    /** When the current address was made; null when the user has none. */
    public Instant getIssuedAt() {
        return issuedAt;
    }

    /** The address just made, or null on any other request. */
    public String getNewAddress() {
        return newAddress;
    }
}
