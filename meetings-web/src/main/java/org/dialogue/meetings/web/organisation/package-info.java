/** Pages of the organisations: the list and each organisation with its agreements and meetings. */
package org.dialogue.meetings.web.organisation;
