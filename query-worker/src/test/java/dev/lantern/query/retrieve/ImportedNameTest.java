package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.index.OpenIndex;
import dev.lantern.core.index.TestIndexes;
import dev.lantern.core.model.Chunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportedNameTest {
  @TempDir Path root;

  private static Chunk chunk(String path, ChunkKind kind, String symbol, String text) {
    return new Chunk(
        path,
        Language.fromPath(path),
        1,
        (int) text.lines().count(),
        kind,
        symbol,
        symbol,
        "",
        "",
        text,
        List.of());
  }

  private static Chunk module(String path, String text) {
    return chunk(path, ChunkKind.MODULE, "", text);
  }

  @Test
  void aNameImportedFromAPackageOutsideTheCodebaseSaysWhereItComesFrom() {
    String app = "var Router = require('router');\nvar View = require('./view');\n";
    String express = "'use strict';\nvar Router = require('router');\n";
    String view = "function View(name) {\n  this.name = name;\n}\n";
    String pkg =
        "{\n  \"keywords\": [\n    \"router\"\n  ],\n  \"dependencies\": {\n"
            + "    \"router\": \"^2.2.0\"\n  }\n}\n";
    Map<String, String> files =
        Map.of(
            "lib/application.js", app,
            "lib/express.js", express,
            "lib/view.js", view,
            "package.json", pkg);
    try (OpenIndex index =
        TestIndexes.lexical(
            root,
            files,
            List.of(
                module("lib/application.js", app),
                module("lib/express.js", express),
                chunk("lib/view.js", ChunkKind.FUNCTION, "View", view),
                module("package.json", pkg)))) {
      ImportedName router = ImportedName.find("Router", index.lexical()).orElseThrow();
      assertThat(router.module()).isEqualTo("router");
      assertThat(router.files()).isEqualTo(2);
      assertThat(router.importedAt().snippet()).isEqualTo("var Router = require('router');");
      // The dependency, not the keyword list.
      assertThat(router.declaredAt().citation()).isEqualTo("package.json:6");
      assertThat(router.sentence())
          .startsWith(
              "`Router` is not defined in this codebase: it comes from `router`, imported at")
          .contains("and in 1 other file.")
          .endsWith("The project declares it at package.json:6: `\"router\": \"^2.2.0\"`.");
      // Defined here, or imported from the codebase's own files: nothing to say.
      assertThat(ImportedName.find("View", index.lexical())).isEmpty();
      assertThat(ImportedName.find("Nothing", index.lexical())).isEmpty();
    }
  }

  @Test
  void importLinesOfEachLanguage() {
    assertThat(ImportedName.importedFrom("const { json, Router } = require('express')", "Router"))
        .isEqualTo("express");
    assertThat(ImportedName.importedFrom("import { Hono } from 'hono'", "Hono")).isEqualTo("hono");
    assertThat(ImportedName.importedFrom("import * as z from \"zod\"", "z")).isEqualTo("zod");
    assertThat(ImportedName.importedFrom("import urllib3", "urllib3")).isEqualTo("urllib3");
    assertThat(ImportedName.importedFrom("import numpy as np", "np")).isEqualTo("numpy");
    assertThat(ImportedName.importedFrom("from urllib3.util import Retry, Timeout", "Retry"))
        .isEqualTo("urllib3.util");
    assertThat(ImportedName.importedFrom("import okhttp3.OkHttpClient;", "OkHttpClient"))
        .isEqualTo("okhttp3");
    assertThat(ImportedName.importedFrom("var RouterX = require('router')", "Router")).isNull();
    assertThat(ImportedName.importedFrom("router = Router()", "Router")).isNull();
    assertThat(ImportedName.external("./view", "lib/a.js", List.of("lib/view.js"), null)).isFalse();
    assertThat(
            ImportedName.external(
                "flask.json", "src/flask/app.py", List.of("src/flask/json/__init__.py"), null))
        .isFalse();
    // Go: a hosted module path is the codebase's own when go.mod declares its module above it.
    assertThat(ImportedName.importedFrom("\tflag \"github.com/spf13/pflag\"", "flag"))
        .isEqualTo("github.com/spf13/pflag");
    assertThat(ImportedName.importedFrom("\t\"github.com/spf13/pflag\"", "pflag"))
        .isEqualTo("github.com/spf13/pflag");
    assertThat(
            ImportedName.importedFrom("\t\"github.com/go-playground/validator/v10\"", "validator"))
        .isEqualTo("github.com/go-playground/validator/v10");
    assertThat(ImportedName.importedFrom("\tflag \"github.com/spf13/pflag\"", "pflag")).isNull();
    assertThat(
            ImportedName.external(
                "github.com/spf13/pflag", "command.go", List.of(), "github.com/spf13/cobra"))
        .isTrue();
    assertThat(
            ImportedName.external(
                "github.com/spf13/cobra/doc", "x.go", List.of(), "github.com/spf13/cobra"))
        .isFalse();
    assertThat(
            ImportedName.external(
                "werkzeug", "src/flask/app.py", List.of("src/flask/app.py"), null))
        .isTrue();
  }

  @Test
  void theNameAQuestionAsksAbout() {
    QueryAnalyzer analyzer = new QueryAnalyzer();
    assertThat(ImportedName.asked(analyzer.analyze("where does Router come from?")))
        .containsExactly("Router");
    assertThat(ImportedName.asked(analyzer.analyze("what is urllib3?"))).containsExactly("urllib3");
    assertThat(ImportedName.asked(analyzer.analyze("how are requests retried?"))).isEmpty();
  }
}
