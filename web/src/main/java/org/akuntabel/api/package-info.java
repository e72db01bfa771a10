/** The JAX-RS API under {@code /api/v1}: its application, and errors as JSON (never stack traces). */
package org.akuntabel.api;
