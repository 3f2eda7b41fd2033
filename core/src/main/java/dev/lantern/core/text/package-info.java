/** Text shared by indexing and answering: doc comments as words. */
package dev.lantern.core.text;
