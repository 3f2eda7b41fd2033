package dev.lantern.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadingDocTest {
  @Test
  void aPythonModuleDocstringAfterAShebangAndAnEncodingLine() {
    String text =
        """
        #!/usr/bin/env python
        # -*- coding: utf-8 -*-
        \"""Tag JSON values so that
        they round-trip.

        Longer explanation that is not the summary.
        \"""
        import json
        """;
    assertThat(LeadingDoc.of(text))
        .hasValueSatisfying(
            d -> {
              assertThat(d.text()).isEqualTo("Tag JSON values so that they round-trip.");
              assertThat(d.startLine()).isEqualTo(3);
              assertThat(d.endLine()).isEqualTo(7);
              assertThat(d.raw()).startsWith("\"\"\"Tag JSON").endsWith("\"\"\"");
            });
  }

  @Test
  void anUnderlinedTitleInADocstringIsNotTheSummary() {
    String text =
        """
        \"""
            flask.ctx
            ~~~~~~~~~

            Implements the objects required to keep the context.
        \"""
        """;
    assertThat(LeadingDoc.of(text).map(LeadingDoc::text))
        .hasValue("Implements the objects required to keep the context.");
  }

  @Test
  void aLicenceHeaderIsPassedOverForTheCommentAfterIt() {
    String text =
        """
        /*
         * Copyright (C) 2011 Google Inc.
         * Licensed under the Apache License, Version 2.0
         */
        // eslint-disable-next-line
        /**
         * Formats dates for display.
         * @param d the date
         */
        export function format(d) {}
        """;
    assertThat(LeadingDoc.of(text))
        .hasValueSatisfying(
            d -> {
              assertThat(d.text()).isEqualTo("Formats dates for display.");
              assertThat(d.startLine()).isEqualTo(6);
              assertThat(d.endLine()).isEqualTo(9);
            });
  }

  @Test
  void aRunOfLineComments() {
    String text =
        "// Package cache keeps recent answers.\n// It evicts the oldest.\npackage cache\n";
    assertThat(LeadingDoc.of(text).map(LeadingDoc::text))
        .hasValue("Package cache keeps recent answers. It evicts the oldest.");
  }

  @Test
  void codeBeforeAnyCommentMeansTheFileDoesNotDescribeItself() {
    assertThat(LeadingDoc.of("import os\n\"\"\"Not a docstring.\"\"\"\n")).isEmpty();
    assertThat(LeadingDoc.of("#include <stdio.h>\n// main\n")).isEmpty();
    assertThat(LeadingDoc.of("# Copyright 2020 ACME\n\nx = 1\n")).isEmpty();
    assertThat(LeadingDoc.of("")).isEmpty();
    // An unclosed docstring is not read to the end of the file.
    assertThat(LeadingDoc.of("\"\"\"Never closed\nx = 1\n")).isEmpty();
  }

  @Test
  void lintDirectivesAreNotDescriptions() {
    assertThat(
            LeadingDoc.of("# ruff: noqa: T100\n\"\"\"Hook specifications.\"\"\"\n")
                .map(LeadingDoc::text))
        .hasValue("Hook specifications.");
    assertThat(
            LeadingDoc.of("/* istanbul ignore file */\n// Parses dates.\n").map(LeadingDoc::text))
        .hasValue("Parses dates.");
  }
}
