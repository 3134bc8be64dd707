/** Meetings (Dialogue sessions, joint operational meetings), their agendas and their participants. */
package org.dialogue.meetings.domain.meeting;
