/** Mail through SMTP with Jakarta Mail, and the mail settings read from MicroProfile Config. */
package org.dialogue.meetings.infrastructure.mail;
