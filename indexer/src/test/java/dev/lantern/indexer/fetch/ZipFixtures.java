package dev.lantern.indexer.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zip archives in code, and edits their central directory the way an attacker would. */
final class ZipFixtures {
  private ZipFixtures() {}

  static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
    try (ZipOutputStream out =
        new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return file;
  }

  /** Sets "made by Unix" and mode 0120777 (a symbolic link) on one central-directory entry. */
  static void markAsSymlink(Path zip, String name) throws IOException {
    editCentralEntry(
        zip,
        name,
        (b, p) -> {
          b.putShort(p + 4, (short) ((3 << 8) | 20));
          b.putInt(p + 38, 0120777 << 16);
        });
  }

  /** Makes the central directory claim an uncompressed size the data does not have. */
  static void setCentralSize(Path zip, String name, int size) throws IOException {
    editCentralEntry(zip, name, (b, p) -> b.putInt(p + 24, size));
  }

  /** Writes 0xFFFFFFFF as the EOCD's directory offset, so readers must use the zip64 record. */
  static void forceZip64Offset(Path zip) throws IOException {
    edit(
        zip,
        b -> {
          for (int p = b.limit() - 22; p >= 0; p--) {
            if (b.getInt(p) == 0x06054b50) {
              b.putInt(p + 16, 0xffffffff);
              return;
            }
          }
          throw new IllegalStateException("no EOCD");
        });
  }

  static void prepend(Path zip, byte[] stub) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    try (OutputStream out = Files.newOutputStream(zip)) {
      out.write(stub);
      out.write(bytes);
    }
  }

  private interface EntryEdit {
    void apply(ByteBuffer b, int position);
  }

  private static void editCentralEntry(Path zip, String name, EntryEdit edit) throws IOException {
    edit(
        zip,
        b -> {
          byte[] want = name.getBytes(StandardCharsets.UTF_8);
          for (int p = 0; p + 46 + want.length <= b.limit(); p++) {
            if (b.getInt(p) == 0x02014b50 && (b.getShort(p + 28) & 0xffff) == want.length) {
              byte[] n = new byte[want.length];
              b.get(p + 46, n);
              if (java.util.Arrays.equals(n, want)) {
                edit.apply(b, p);
                return;
              }
            }
          }
          throw new IllegalStateException("no central entry " + name);
        });
  }

  private static void edit(Path zip, java.util.function.Consumer<ByteBuffer> change)
      throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    change.accept(b);
    Files.write(zip, bytes);
  }
}
