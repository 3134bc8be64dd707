/** Pages of the Dialogue editions: the list, the edition page with its priority axes and meetings, the form. */
package org.dialogue.meetings.web.edition;
