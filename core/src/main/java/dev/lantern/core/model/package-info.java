/** Domain records: source files, chunks and the locations that answers cite. */
package dev.lantern.core.model;
