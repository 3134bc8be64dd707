/** The application's data source and the versioned schema migrations run when the application starts. */
package org.dialogue.meetings.infrastructure.database;
