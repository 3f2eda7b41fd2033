package dev.lantern.indexer.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Unpacks classpath resources into {@code <parent>/<prefix>-<hash>/} once. The directory is named
 * by the resources' content hash and created by an atomic rename, so a present directory is a
 * complete one, and a new jar version lands beside the old one instead of overwriting files a
 * running process maps.
 */
final class ResourceUnpacker {
  /** A resource and the file name it gets in the directory. */
  record Entry(String resource, String fileName) {}

  /** Where the resources were unpacked and the SHA-256 (hex) of each, in the entries' order. */
  record Unpacked(Path dir, List<String> sha256) {}

  private ResourceUnpacker() {}

  /**
   * @param missing said when a resource is not on the classpath: which artifact provides it
   * @throws IOException if a resource is missing or cannot be copied
   */
  static Unpacked unpack(Path parent, String prefix, List<Entry> entries, String missing)
      throws IOException {
    // Hash first (≈ 60 ms for 23 MB), so already unpacked resources are not written again.
    List<String> shas = new ArrayList<>();
    for (Entry e : entries) {
      shas.add(copy(e.resource(), null, missing));
    }
    String dirHash = ContentHash.hex(ContentHash.ofText(String.join("", shas)));
    Files.createDirectories(parent);
    Path target = parent.resolve(prefix + "-" + dirHash.substring(0, 16));
    if (Files.isDirectory(target)) {
      return new Unpacked(target, shas);
    }
    Path staging = Files.createTempDirectory(parent, ".unpack-");
    try {
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        if (!copy(e.resource(), staging.resolve(e.fileName()), missing).equals(shas.get(i))) {
          throw new IOException(
              "classpath resource " + e.resource() + " changed while it was being unpacked");
        }
      }
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
        // Another process unpacked the same content first; its copy is as good as ours.
        if (!Files.isDirectory(target)) {
          throw raced;
        }
      }
      return new Unpacked(target, shas);
    } finally {
      deleteTree(staging);
    }
  }

  /** Whether every resource is on the classpath. */
  static boolean present(List<Entry> entries) {
    return entries.stream()
        .allMatch(e -> ResourceUnpacker.class.getClassLoader().getResource(e.resource()) != null);
  }

  /** Streams a resource into {@code to} (or nowhere, when null) and returns its SHA-256. */
  private static String copy(String resource, Path to, String missing) throws IOException {
    MessageDigest digest = ContentHash.sha256();
    try (InputStream raw = ResourceUnpacker.class.getClassLoader().getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IOException("classpath resource " + resource + " is missing; " + missing);
      }
      InputStream in = new DigestInputStream(raw, digest);
      if (to == null) {
        in.transferTo(OutputStream.nullOutputStream());
      } else {
        Files.copy(in, to);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
