package dev.lantern.indexer.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;

/**
 * Writes commits straight into a (bare) repository's object database, with any tree an attacker
 * could craft: symbolic links, submodules, names git itself would refuse.
 */
final class GitObjects {
  /** A tree entry: a mode and, for blobs and links, the content; for submodules, a commit id. */
  record Entry(FileMode mode, String content) {
    static Entry file(String content) {
      return new Entry(FileMode.REGULAR_FILE, content);
    }

    static Entry executable(String content) {
      return new Entry(FileMode.EXECUTABLE_FILE, content);
    }

    static Entry symlink(String target) {
      return new Entry(FileMode.SYMLINK, target);
    }

    static Entry submodule(String commitId) {
      return new Entry(FileMode.GITLINK, commitId);
    }
  }

  private GitObjects() {}

  /** Commits {@code files} (path with "/" → entry) on {@code branch}; returns the commit id. */
  static ObjectId commit(
      Repository repo, String branch, Map<String, Entry> files, List<ObjectId> parents)
      throws IOException {
    try (ObjectInserter ins = repo.newObjectInserter()) {
      ObjectId tree = tree(ins, nest(files));
      CommitBuilder c = new CommitBuilder();
      c.setTreeId(tree);
      c.setParentIds(parents);
      PersonIdent who = new PersonIdent("t", "t@example.com", 1_700_000_000_000L, 0);
      c.setAuthor(who);
      c.setCommitter(who);
      c.setMessage("test\n");
      ObjectId id = ins.insert(c);
      ins.flush();
      RefUpdate ru = repo.updateRef(Constants.R_HEADS + branch);
      ru.setNewObjectId(id);
      ru.forceUpdate();
      return id;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> nest(Map<String, Entry> files) {
    Map<String, Object> root = new TreeMap<>();
    files.forEach(
        (path, entry) -> {
          Map<String, Object> dir = root;
          String[] parts = path.split("/");
          for (int i = 0; i < parts.length - 1; i++) {
            dir = (Map<String, Object>) dir.computeIfAbsent(parts[i], k -> new TreeMap<>());
          }
          dir.put(parts[parts.length - 1], entry);
        });
    return root;
  }

  @SuppressWarnings("unchecked")
  private static ObjectId tree(ObjectInserter ins, Map<String, Object> dir) throws IOException {
    TreeFormatter f = new TreeFormatter();
    // git orders entries by name bytes, a tree's name compared as if it ended in "/"
    List<String> names =
        dir.keySet().stream()
            .sorted(Comparator.comparing(n -> dir.get(n) instanceof Map ? n + "/" : n))
            .toList();
    for (String name : names) {
      Object v = dir.get(name);
      if (v instanceof Map) {
        f.append(name, FileMode.TREE, tree(ins, (Map<String, Object>) v));
      } else {
        Entry e = (Entry) v;
        ObjectId id =
            e.mode() == FileMode.GITLINK
                ? ObjectId.fromString(e.content())
                : ins.insert(Constants.OBJ_BLOB, e.content().getBytes(StandardCharsets.UTF_8));
        f.append(name, e.mode(), id);
      }
    }
    return ins.insert(f);
  }
}
