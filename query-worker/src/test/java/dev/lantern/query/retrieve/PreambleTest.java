package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.lexical.StoredChunk;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreambleTest {
  private static StoredChunk module(String path, String text, String... names) {
    return new StoredChunk(0, path, "", "MODULE", 1, 20, "", "", "", "", text, List.of(names));
  }

  @Test
  void aLicenceWithThePackageAndImportsIsAPreamble() {
    assertThat(
            Preamble.is(
                module(
                    "Factory.java",
                    """
                    /*
                     * Copyright (C) 2017 Square, Inc.
                     *
                     * Licensed under the Apache License, Version 2.0 (the "License");
                     */
                    package retrofit.converter.java8;

                    import java.lang.reflect.Type;
                    import retrofit2.Converter;
                    """)))
        .isTrue();
    assertThat(
            Preamble.is(
                module(
                    "src/index.js",
                    "'use strict';\n// Module dependencies.\nconst { a, b } = require('./x');\n"
                        + "import {\n  c,\n  d,\n} from './y';\n")))
        .isTrue();
    assertThat(
            Preamble.is(
                module("main.go", "package main\n\nimport (\n\t\"fmt\"\n\tos2 \"os\"\n)\n")))
        .isTrue();
    assertThat(
            Preamble.is(module("app.py", "# coding: utf-8\nfrom x import (\n    a,\n    b,\n)\n")))
        .isTrue();
  }

  @Test
  void codeADocstringOrABindingIsNoPreamble() {
    // A module docstring says what the module is.
    assertThat(Preamble.is(module("app.py", "\"\"\"Sessions for the app.\"\"\"\nimport os\n")))
        .isFalse();
    assertThat(Preamble.is(module("app.py", "import os\nLOG = os.getenv('LOG')\n", "LOG")))
        .isFalse();
    assertThat(Preamble.is(module("app.js", "import a from 'a'\na.configure({ debug: true })\n")))
        .isFalse();
    // Only comments: nothing declared.
    assertThat(Preamble.is(module("app.js", "// TODO\n/* nothing */\n"))).isFalse();
    StoredChunk function =
        new StoredChunk(0, "a.py", "", "FUNCTION", 1, 2, "f", "f", "", "", "import os\n");
    assertThat(Preamble.is(function)).isFalse();
  }
}
