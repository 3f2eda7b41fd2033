/** {@code lantern bench}: ingestion and query speed on a real corpus (the JDK's own sources). */
package dev.lantern.standalone.bench;
