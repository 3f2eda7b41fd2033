/**
 * FAISS vector search through a JavaCPP binding built against the system FAISS. Check {@link
 * dev.lantern.core.index.faiss.Faiss#availability()} before use: without the native library,
 * Lantern runs with keyword search only and says why.
 */
package dev.lantern.core.index.faiss;
