/** The {@code lantern} command line: argument parsing, commands and terminal output. */
package dev.lantern.standalone.cli;
