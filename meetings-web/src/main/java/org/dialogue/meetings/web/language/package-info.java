/**
 * The language of the pages: which of English, French, Spanish and Arabic a request is answered in (the user's saved
 * choice, then the switch's cookie, then the browser's languages), the switch shown on every page, and right-to-left
 * Arabic.
 */
package org.dialogue.meetings.web.language;
