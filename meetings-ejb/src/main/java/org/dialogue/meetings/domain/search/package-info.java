/** Search across minutes notes, decisions and actions: what a search asks for and what it finds. */
package org.dialogue.meetings.domain.search;
