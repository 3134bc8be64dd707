/** Text handling shared by the services: sanitising rich text, and folding words for search. */
package org.dialogue.meetings.infrastructure.text;
