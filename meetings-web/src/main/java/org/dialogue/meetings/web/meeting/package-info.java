/** Pages of meetings: the list, the meeting page with its agenda and participants, and the meeting form. */
package org.dialogue.meetings.web.meeting;
