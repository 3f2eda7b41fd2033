/** Answering a question end to end: retrieve, then hand the sources to an answerer. */
package dev.lantern.query.service;
