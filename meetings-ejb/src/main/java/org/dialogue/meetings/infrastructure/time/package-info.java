/** The time as the application reads it: one injectable clock. */
package org.dialogue.meetings.infrastructure.time;
