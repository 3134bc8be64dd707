/**
 * The web interface (Jakarta Faces with PrimeFaces). One sub-package per area of the product holds the backing beans
 * ({@code *View}) of its pages; {@code support} holds what every page shares.
 */
package org.dialogue.meetings.web;
