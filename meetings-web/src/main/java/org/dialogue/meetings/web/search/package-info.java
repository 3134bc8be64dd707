/** The search page: minutes notes, decisions and actions found by words, with filters. */
package org.dialogue.meetings.web.search;
