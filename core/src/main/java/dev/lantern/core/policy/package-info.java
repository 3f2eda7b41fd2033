/**
 * Input policies shared by every runtime, checked before any untrusted input is fetched or
 * unpacked: {@link dev.lantern.core.policy.ArchiveLimits} for archives and checkouts, and {@link
 * dev.lantern.core.policy.GitUrlPolicy} for git URLs (https, host allow-list, no credentials in
 * URLs, no internal addresses). Use them wherever a user-supplied source enters the system.
 */
package dev.lantern.core.policy;
