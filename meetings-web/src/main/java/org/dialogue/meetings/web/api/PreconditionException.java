package org.dialogue.meetings.web.api;

/**
 * A change sent without the version it was made on (428), or with an {@code If-Match} that names no version this API
 * gave (412): answered as problem details before the service is asked. A version that is no longer the record's is
 * the service's to refuse ({@code StaleRecordException}, 412), inside the transaction of the change.
 */
class PreconditionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String problem;

    PreconditionException(int status, String problem) {
        super(problem);
        this.status = status;
        this.problem = problem;
    }

    int status() {
        return status;
    }

    String problem() {
        return problem;
    }
}
