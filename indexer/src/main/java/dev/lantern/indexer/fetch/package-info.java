/**
 * Getting a codebase's files onto local disk safely, as DESIGN §4 "Fetch" describes. Use {@link
 * dev.lantern.indexer.fetch.Fetcher} for anything a user supplies: local directories in place, zip
 * archives with zip-slip and zip-bomb limits, git URLs through the URL policy with JGit. Use {@link
 * dev.lantern.indexer.fetch.BareRepoExporter} directly for trees of given commits of local
 * repositories (evaluation mirrors).
 */
package dev.lantern.indexer.fetch;
