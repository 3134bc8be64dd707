/** What every page shares: user feedback from business exceptions, time formatting in the venue's time zone. */
package org.dialogue.meetings.web.support;
