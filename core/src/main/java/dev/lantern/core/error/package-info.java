/** Errors as values a person can read, each with a stable code and an HTTP status. */
package dev.lantern.core.error;
