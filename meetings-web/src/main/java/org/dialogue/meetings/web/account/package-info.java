/** The signed-in user's own account (password), and the administrator's pages for users and the audit trail. */
package org.dialogue.meetings.web.account;
