/**
 * The public keys approved minutes are signed with, as files anyone may fetch and as facts on the pages.
 */
package org.dialogue.meetings.web.signing;
