/** The minutes of a meeting: the page that shows and edits them, their approval workflow and their canonical file. */
package org.dialogue.meetings.web.minutes;
