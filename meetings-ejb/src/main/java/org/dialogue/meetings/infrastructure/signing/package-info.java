/**
 * The application's signing key: read from a PKCS#12 keystore given by configuration, or generated once in the data
 * folder, and used with the JDK's own cryptography to sign approved minutes.
 */
package org.dialogue.meetings.infrastructure.signing;
