/** The people who sign in: their accounts, roles, organisation and what they may read (need-to-know). */
package org.dialogue.meetings.domain.account;
