/**
 * The REST API under {@code /api/v1} (issue 17): JSON resources that read through the same EJB services as the pages,
 * so roles and need-to-know are the pages' own, and every error as RFC 9457 problem details. Callers sign in with a
 * personal access token ({@code web.security.BearerSignIn}); docs/api.md is the guide for integrators.
 */
package org.dialogue.meetings.web.api;
