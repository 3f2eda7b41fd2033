package dev.lantern.indexer.fetch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * Reads a zip's central directory for what {@link java.util.zip.ZipFile} does not expose: the Unix
 * mode in each entry's external attributes, to find symbolic links.
 */
final class ZipCentralDirectory {
  private static final int EOCD = 0x06054b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int S_IFMT = 0170000;
  private static final int S_IFLNK = 0120000;

  private ZipCentralDirectory() {}

  static Set<String> symlinks(Path zip) throws IOException {
    Set<String> links = new HashSet<>();
    try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
      long size = ch.size();
      int tail = (int) Math.min(size, 22 + 65_535);
      ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
      ch.read(end, size - tail);
      int eocd = -1;
      for (int i = tail - 22; i >= 0; i--) {
        if (end.getInt(i) == EOCD) {
          eocd = i;
          break;
        }
      }
      if (eocd < 0) {
        throw new ZipException("no end of central directory record");
      }
      long cdSize = end.getInt(eocd + 12) & 0xffffffffL;
      long cdOffset = end.getInt(eocd + 16) & 0xffffffffL;
      if (cdOffset == 0xffffffffL || cdSize > size || cdOffset + cdSize > size) {
        return links; // zip64 or inconsistent: java.util.zip will judge the archive itself
      }
      ByteBuffer cd = ByteBuffer.allocate((int) cdSize).order(ByteOrder.LITTLE_ENDIAN);
      ch.read(cd, cdOffset);
      int p = 0;
      while (p + 46 <= cdSize && cd.getInt(p) == CENTRAL) {
        int madeBy = (cd.getShort(p + 4) & 0xffff) >>> 8;
        int nameLen = cd.getShort(p + 28) & 0xffff;
        int extraLen = cd.getShort(p + 30) & 0xffff;
        int commentLen = cd.getShort(p + 32) & 0xffff;
        long external = cd.getInt(p + 38) & 0xffffffffL;
        if (p + 46 + nameLen > cdSize) {
          break;
        }
        byte[] name = new byte[nameLen];
        cd.get(p + 46, name);
        int mode = (int) (external >>> 16);
        if (madeBy == 3 && (mode & S_IFMT) == S_IFLNK) {
          links.add(new String(name, StandardCharsets.UTF_8));
        }
        p += 46 + nameLen + extraLen + commentLen;
      }
    }
    return links;
  }
}
