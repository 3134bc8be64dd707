/** Protection of the web layer: security headers on every response. */
package org.dialogue.meetings.web.security;
