package dev.lantern.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileImportsTest {
  private static final List<String> PYTHON =
      List.of(
          "src/kite/__init__.py",
          "src/kite/client.py",
          "src/kite/typing.py",
          "src/kite/transport/__init__.py",
          "src/kite/transport/pool.py",
          "tests/kite.py");

  @Test
  void pythonRelativeAndAbsoluteImports() {
    String text =
        """
        from __future__ import annotations
        import typing as t
        import os, json
        from . import typing as kt
        from .transport.pool import Pool
        from ..kite import client
        from kite.transport import pool
        import kite
        from werkzeug.wrappers import Response

        def run():
            \"\"\"Use it with gevent:

            import gevent
            \"\"\"
        """;
    FileImports i = FileImports.of("src/kite/client.py", text, PYTHON);
    // "typing" is the standard library's, not src/kite/typing.py (src/kite/ is a package); "kite"
    // is the package under src/, not the test module of that name.
    assertThat(i.files())
        .containsExactly(
            "src/kite/typing.py",
            "src/kite/transport/pool.py",
            "src/kite/__init__.py",
            "src/kite/transport/__init__.py");
    assertThat(i.external()).containsExactly("__future__", "werkzeug", "typing", "os", "json");
  }

  @Test
  void javascriptRelativeFilesAndPackages() {
    List<String> indexed =
        List.of("api/index.js", "src/cards/stats.js", "src/common/index.ts", "src/util.mjs");
    String text =
        """
        import { renderStatsCard } from "../src/cards/stats.js";
        import common from '../src/common';
        const util = require("../src/util.mjs");
        import "dotenv/config";
        import axios from "axios";
        import { x } from "@octokit/core/dist";
        export { y } from "./missing.js";
        const lazy = await import("../src/cards/stats.js");
        """;
    FileImports i = FileImports.of("api/index.js", text, indexed);
    assertThat(i.files())
        .containsExactly("src/cards/stats.js", "src/common/index.ts", "src/util.mjs");
    assertThat(i.external()).containsExactly("dotenv", "axios", "@octokit/core");
  }

  @Test
  void javaClassesStaticMembersAndPackages() {
    List<String> indexed =
        List.of(
            "gson/src/main/java/com/google/gson/Gson.java",
            "gson/src/main/java/com/google/gson/stream/JsonReader.java",
            "gson/src/main/java/com/google/gson/internal/Util.java");
    String text =
        """
        package com.google.gson.stream;

        import com.google.gson.Gson;
        import static com.google.gson.internal.Util.checkNotNull;
        import java.io.Reader;
        import java.util.Map.Entry;
        import java.util.*;
        import com.google.gson.stream.Missing;
        """;
    FileImports i =
        FileImports.of("gson/src/main/java/com/google/gson/stream/JsonReader.java", text, indexed);
    assertThat(i.files())
        .containsExactly(
            "gson/src/main/java/com/google/gson/Gson.java",
            "gson/src/main/java/com/google/gson/internal/Util.java");
    // Packages, not classes; a class of its own package that is not indexed is not "outside".
    assertThat(i.external()).containsExactly("java.io", "java.util");
  }

  @Test
  void otherFilesImportNothing() {
    assertThat(FileImports.of("README.md", "import os\n", PYTHON).files()).isEmpty();
    assertThat(FileImports.of("README.md", "import os\n", PYTHON).external()).isEmpty();
  }
}
