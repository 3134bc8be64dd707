package org.dialogue.meetings.testing;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Test only: while open, the EJB container logs only severe records. Payara logs every refused call and every system
 * exception at WARNING with a full stack trace; a test that makes hundreds of refused calls on purpose would otherwise
 * bury the run's output (about 150 lines a call).
 */
public final class QuietContainerLog implements AutoCloseable {

    private static final String CONTAINER = "jakarta.enterprise.ejb.container";

    private final Logger logger = Logger.getLogger(CONTAINER); // held: a logger's level lives as long as it does
    private final Level previous;

    public QuietContainerLog() {
        previous = logger.getLevel();
        logger.setLevel(Level.SEVERE);
    }

    @Override
    public void close() {
        logger.setLevel(previous);
    }
}
