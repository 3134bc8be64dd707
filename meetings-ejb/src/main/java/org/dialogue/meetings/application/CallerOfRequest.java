package org.dialogue.meetings.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dialogue.meetings.domain.account.Reader;

/**
 * The callers' accounts as this request found them, by user name: a page calls several services, and each call checks
 * the caller ({@link CallerAccountCheck}) and reads who they are for need-to-know; the account is read from the database
 * once per request instead of once or twice per call (about 12 statements on a page before). A change an administrator
 * makes to the account (disabled, another role) still applies from the user's next request.
 *
 * <p>By name, because a request may change who calls (the sign-in request starts anonymous). Only one thread uses a
 * request's instance.
 */
@RequestScoped
public class CallerOfRequest {

    /** Empty: no enabled account of that name. */
    private final Map<String, Optional<Reader>> readers = new HashMap<>();

    public Optional<Reader> reader(String name, Function<String, Optional<Reader>> read) {
        Optional<Reader> known = readers.get(name);
        if (known == null) {
            known = read.apply(name);
            readers.put(name, known);
        }
        return known;
    }

    public void forget() {
        readers.clear();
    }
}
