/** Progress of long jobs: stages, done/total counts and an ETA. */
package dev.lantern.core.progress;
