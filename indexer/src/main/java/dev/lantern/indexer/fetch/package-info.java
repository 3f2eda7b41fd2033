/**
 * Getting a codebase's files onto local disk safely: local directories in place, zip archives with
 * zip-slip and zip-bomb limits, git URLs through the URL policy with JGit, and trees of given
 * commits out of local bare repositories (for evaluation).
 */
package dev.lantern.indexer.fetch;
