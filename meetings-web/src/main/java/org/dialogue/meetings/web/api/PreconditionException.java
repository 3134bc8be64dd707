package org.dialogue.meetings.web.api;

/**
 * A change sent without the version it was made on (428), or on one that is not the record's (412): answered as
 * problem details before the service is asked.
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
