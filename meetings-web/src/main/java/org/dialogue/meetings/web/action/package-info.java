/** The follow-up actions page: the filtered list and the status updates with their history. */
package org.dialogue.meetings.web.action;
