/** Pages of the cooperation agreements: the list and the form. */
package org.dialogue.meetings.web.agreement;
