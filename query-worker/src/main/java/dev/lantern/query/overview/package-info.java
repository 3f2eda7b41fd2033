/**
 * Questions about a codebase as a whole ("what does this project do?"): telling them apart, and
 * reading what answers them from the index (README opening, layout of the code, entry points).
 */
package dev.lantern.query.overview;
