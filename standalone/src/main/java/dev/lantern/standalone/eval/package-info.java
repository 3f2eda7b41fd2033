/**
 * {@code lantern eval}: indexes each case's repository at the case's commit, asks its question and
 * scores the ranked files and spans against the gold locations.
 */
package dev.lantern.standalone.eval;
