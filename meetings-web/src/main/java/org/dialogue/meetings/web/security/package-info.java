/**
 * Signing in and out, and what every request passes through first: the sign-in requirement, the session-expired
 * page, the forced password change, the security headers. The rules of who may do what live in the EJB services; this
 * package only decides who is calling.
 */
package org.dialogue.meetings.web.security;
