/**
 * Minutes of a meeting and their approval by the delegations: notes per agenda item, attendance, numbered decisions,
 * rounds of circulation with each organisation's answer, and the frozen, hashed record once approved.
 */
package org.dialogue.meetings.domain.minutes;
