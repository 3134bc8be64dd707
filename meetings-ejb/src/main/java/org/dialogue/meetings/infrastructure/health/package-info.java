/**
 * What the application tells MicroProfile Health (Payara serves it at {@code /health/live} and {@code /health/ready},
 * open without sign-in): ready when the database answers and the schema migrations are done; alive as long as the
 * process can still serve, whatever the database does.
 */
package org.dialogue.meetings.infrastructure.health;
