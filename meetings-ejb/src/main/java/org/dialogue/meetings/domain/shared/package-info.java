/** Value objects, converters and the business-rule exceptions shared by every aggregate. */
package org.dialogue.meetings.domain.shared;
