package org.dialogue.meetings.application;

/** What the person form says; only the name is required. The language is one of ar, en, es, fr, or empty. */
public record PersonDetails(String name, String function, String email, String phone, String preferredLanguage) {
}
