/**
 * Application services: the use cases of the secretariat. Each {@code @Stateless} service owns its transaction,
 * checks the input and the business rules, and reports each failure as a specific
 * {@link org.dialogue.meetings.domain.shared.BusinessRuleException}.
 */
package org.dialogue.meetings.application;
