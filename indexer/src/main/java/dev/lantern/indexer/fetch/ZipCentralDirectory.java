package dev.lantern.indexer.fetch;

import java.io.EOFException;
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
 * mode in each entry's external attributes, to find symbolic links. Handles zip64 archives and data
 * prepended to the archive the way {@code ZipFile} does, so both agree on which entries exist.
 * Should they ever disagree on a malformed archive, the worst outcome is a link extracted as a
 * small regular file holding its target path: links are never created either way.
 */
final class ZipCentralDirectory {
  private static final int EOCD = 0x06054b50;
  private static final int ZIP64_LOCATOR = 0x07064b50;
  private static final int ZIP64_EOCD = 0x06064b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int EOCD_SIZE = 22;
  private static final int LOCATOR_SIZE = 20;
  private static final int CENTRAL_SIZE = 46;
  private static final int S_IFMT = 0170000;
  private static final int S_IFLNK = 0120000;
  private static final int MADE_BY_UNIX = 3;

  private ZipCentralDirectory() {}

  /** Names of entries whose external attributes mark them as Unix symbolic links. */
  static Set<String> symlinks(Path zip) throws IOException {
    try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
      long size = ch.size();
      // 1. Find the end-of-central-directory record: 22 bytes plus a comment of up to 64 KiB.
      int tailLen = (int) Math.min(size, EOCD_SIZE + 65_535);
      ByteBuffer tail = read(ch, size - tailLen, tailLen);
      int eocd = findEocd(tail, tailLen, size);
      long eocdPos = size - tailLen + eocd;
      long cdSize = tail.getInt(eocd + 12) & 0xffffffffL;
      long endPos = eocdPos;
      // 2. Zip64: the real size sits in the zip64 record, found through the locator before EOCD.
      if (cdSize == 0xffffffffL || (tail.getInt(eocd + 16) & 0xffffffffL) == 0xffffffffL) {
        if (eocdPos < LOCATOR_SIZE) {
          throw new ZipException("zip64 archive without a zip64 locator");
        }
        ByteBuffer locator = read(ch, eocdPos - LOCATOR_SIZE, LOCATOR_SIZE);
        if (locator.getInt(0) != ZIP64_LOCATOR) {
          throw new ZipException("zip64 archive without a zip64 locator");
        }
        endPos = locator.getLong(8);
        if (endPos < 0 || endPos + 56 > eocdPos) {
          throw new ZipException("zip64 end record out of range");
        }
        ByteBuffer z64 = read(ch, endPos, 56);
        if (z64.getInt(0) != ZIP64_EOCD) {
          throw new ZipException("zip64 end record missing");
        }
        cdSize = z64.getLong(40);
      }
      // 3. The directory ends where the end record starts; counting back from there (rather than
      // trusting the stored offset) also copes with data prepended to the archive, like ZipFile.
      if (cdSize < 0 || cdSize > endPos || cdSize > Integer.MAX_VALUE - 8) {
        throw new ZipException("central directory size out of range");
      }
      return scan(read(ch, endPos - cdSize, (int) cdSize), (int) cdSize);
    }
  }

  private static int findEocd(ByteBuffer tail, int tailLen, long size) throws ZipException {
    int fallback = -1;
    for (int i = tailLen - EOCD_SIZE; i >= 0; i--) {
      if (tail.getInt(i) == EOCD) {
        int commentLen = tail.getShort(i + 20) & 0xffff;
        if (i + EOCD_SIZE + commentLen == tailLen) {
          return i; // the comment runs exactly to the end of the file: certainly the record
        }
        fallback = fallback < 0 ? i : fallback;
      }
    }
    if (fallback < 0) {
      throw new ZipException("no end of central directory record");
    }
    return fallback;
  }

  private static Set<String> scan(ByteBuffer cd, int cdSize) {
    Set<String> links = new HashSet<>();
    int p = 0;
    while (p + CENTRAL_SIZE <= cdSize && cd.getInt(p) == CENTRAL) {
      int madeBy = (cd.getShort(p + 4) & 0xffff) >>> 8;
      int nameLen = cd.getShort(p + 28) & 0xffff;
      int extraLen = cd.getShort(p + 30) & 0xffff;
      int commentLen = cd.getShort(p + 32) & 0xffff;
      int mode = (int) ((cd.getInt(p + 38) & 0xffffffffL) >>> 16);
      if (p + CENTRAL_SIZE + nameLen > cdSize) {
        break;
      }
      if (madeBy == MADE_BY_UNIX && (mode & S_IFMT) == S_IFLNK) {
        byte[] name = new byte[nameLen];
        cd.get(p + CENTRAL_SIZE, name);
        links.add(new String(name, StandardCharsets.UTF_8));
      }
      p += CENTRAL_SIZE + nameLen + extraLen + commentLen;
    }
    return links;
  }

  private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buf.hasRemaining()) {
      if (ch.read(buf, position + buf.position()) < 0) {
        throw new EOFException("zip ends early");
      }
    }
    return buf.flip();
  }
}
