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
  void goPackagesByImportPath() {
    List<String> go =
        List.of(
            "main.go",
            "internal/config/config.go",
            "internal/config/load.go",
            "internal/store/sql/db.go",
            "pkg/http/server.go",
            "docs/config/README.md");
    String text =
        """
        package main

        import "fmt"
        import log "github.com/sirupsen/logrus"

        import (
            "net/http"
            // "github.com/acme/shop/pkg/old" is gone
            cfg "github.com/acme/shop/internal/config"
            _ "embed"
            "github.com/acme/shop/internal/store/sql"
            "github.com/spf13/cobra/doc"
        )
        """;
    // Without go.mod, a path's longest tail that is a folder of Go files is taken. Standard
    // packages are outside (net/http is not pkg/http), and a commented-out import is no import.
    FileImports guessed = FileImports.of("main.go", text, go);
    assertThat(guessed.files()).containsExactly("internal/config/", "internal/store/sql/");
    assertThat(guessed.external())
        .containsExactly(
            "fmt", "github.com/sirupsen/logrus", "net/http", "embed", "github.com/spf13/cobra");

    // With go.mod, the module path decides: a package of the module that is not indexed is not
    // guessed at, and the module itself is its root folder.
    List<String> withMod = new java.util.ArrayList<>(go);
    withMod.addAll(List.of("go.mod", "cmd/shop/run.go"));
    java.util.function.Function<String, java.util.Optional<String>> read =
        p ->
            p.equals("go.mod")
                ? java.util.Optional.of("// shop\nmodule github.com/acme/shop\n\ngo 1.22\n")
                : java.util.Optional.empty();
    String cmd =
        """
        package shop

        import (
            "github.com/acme/shop"
            "github.com/acme/shop/internal/config"
            "github.com/acme/shop/store/sql"
        )
        """;
    FileImports known = FileImports.of("cmd/shop/run.go", cmd, withMod, read);
    assertThat(known.files()).containsExactly("./", "internal/config/");
    assertThat(known.external()).isEmpty();

    // The nearest go.mod counts, and a module path need not have a dot.
    withMod.addAll(List.of("tools/go.mod", "tools/gen/main.go", "tools/lib/lib.go"));
    FileImports nested =
        FileImports.of(
            "tools/gen/main.go",
            "package main\n\nimport (\n\t\"os\"\n\t\"tools/lib\"\n)\n",
            withMod,
            p ->
                p.equals("tools/go.mod") ? java.util.Optional.of("module tools\n") : read.apply(p));
    assertThat(nested.files()).containsExactly("tools/lib/");
    assertThat(nested.external()).containsExactly("os");
  }

  @Test
  void otherFilesImportNothing() {
    assertThat(FileImports.of("README.md", "import os\n", PYTHON).files()).isEmpty();
    assertThat(FileImports.of("README.md", "import os\n", PYTHON).external()).isEmpty();
  }
}
