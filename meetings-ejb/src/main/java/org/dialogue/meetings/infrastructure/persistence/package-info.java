/** JPA repositories: how each aggregate is stored and found. They join the caller's transaction. */
package org.dialogue.meetings.infrastructure.persistence;
