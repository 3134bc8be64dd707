/**
 * The keys approved minutes are signed with, as the public knows them: their ids and published public keys.
 */
package org.dialogue.meetings.domain.signing;
