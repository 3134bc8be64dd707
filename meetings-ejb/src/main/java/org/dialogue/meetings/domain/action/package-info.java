/** Follow-up actions decided in minutes, and the history of their status. */
package org.dialogue.meetings.domain.action;
