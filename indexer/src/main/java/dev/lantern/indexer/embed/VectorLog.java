package dev.lantern.indexer.embed;

import dev.lantern.core.embed.ModelIdentity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The byte layout of an {@link EmbeddingCache} file, little-endian throughout.
 *
 * <pre>
 * header:  "LNTNVEC1" | int headerLength | int dims | int nameLength | name (UTF-8) | sha256 (64 hex)
 * record:  text sha256 (32 bytes) | float32 × dims | int CRC32C of the preceding bytes
 * </pre>
 *
 * Records are only ever appended. The CRC lets a scan skip a record whose bytes never reached the
 * disk (a file extended by a crash but holding zeros) instead of serving it as a vector.
 */
final class VectorLog {
  static final int HASH_BYTES = 32;
  private static final byte[] MAGIC = "LNTNVEC1".getBytes(StandardCharsets.US_ASCII);

  private VectorLog() {}

  static int recordLength(int dims) {
    return HASH_BYTES + 4 * dims + 4;
  }

  static ByteBuffer header(ModelIdentity id) {
    byte[] name = id.name().getBytes(StandardCharsets.UTF_8);
    byte[] sha = id.sha256().getBytes(StandardCharsets.US_ASCII);
    int length = MAGIC.length + 12 + name.length + 4 + sha.length;
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    b.put(MAGIC).putInt(length).putInt(id.dimensions()).putInt(name.length).put(name);
    b.putInt(sha.length).put(sha);
    return b.flip();
  }

  /** The identity recorded in the file and where its records start; null if the header is torn. */
  record Header(ModelIdentity identity, int length) {}

  static Header readHeader(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size < MAGIC.length + 8) {
      return null;
    }
    ByteBuffer start = readFully(channel, 0, MAGIC.length + 4);
    byte[] magic = new byte[MAGIC.length];
    start.get(magic);
    if (!java.util.Arrays.equals(magic, MAGIC)) {
      throw new IOException("not an embedding cache file (bad magic)");
    }
    int length = start.getInt();
    if (length < MAGIC.length + 16 || length > 64 * 1024) {
      throw new IOException("embedding cache header claims " + length + " bytes");
    }
    if (size < length) {
      return null;
    }
    ByteBuffer b = readFully(channel, MAGIC.length + 4, length - MAGIC.length - 4);
    int dims = b.getInt();
    String name = string(b, StandardCharsets.UTF_8);
    String sha = string(b, StandardCharsets.US_ASCII);
    return new Header(new ModelIdentity(name, sha, dims), length);
  }

  /** Appends one record for {@code hash} and {@code vector} to {@code out}. */
  static void putRecord(ByteBuffer out, byte[] hash, float[] vector) {
    int start = out.position();
    out.put(hash);
    for (float f : vector) {
      out.putFloat(f);
    }
    CRC32C crc = new CRC32C();
    crc.update(out.array(), out.arrayOffset() + start, out.position() - start);
    out.putInt((int) crc.getValue());
  }

  /** Whether the record at {@code b}'s position (not moved) has a matching checksum. */
  static boolean intact(ByteBuffer b, int recordLength) {
    CRC32C crc = new CRC32C();
    crc.update(b.array(), b.arrayOffset() + b.position(), recordLength - 4);
    return (int) crc.getValue() == b.getInt(b.position() + recordLength - 4);
  }

  static float[] vector(ByteBuffer b, int offset, int dims) {
    float[] v = new float[dims];
    for (int i = 0; i < dims; i++) {
      v[i] = b.getFloat(offset + HASH_BYTES + 4 * i);
    }
    return v;
  }

  static ByteBuffer readFully(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (channel.read(b, position + b.position()) < 0) {
        throw new IOException("embedding cache ended early at " + (position + b.position()));
      }
    }
    return b.flip();
  }

  static void writeFully(FileChannel channel, ByteBuffer b, long position) throws IOException {
    long at = position;
    while (b.hasRemaining()) {
      at += channel.write(b, at);
    }
  }

  private static String string(ByteBuffer b, java.nio.charset.Charset charset) throws IOException {
    int n = b.getInt();
    if (n < 0 || n > b.remaining()) {
      throw new IOException("embedding cache header is corrupt");
    }
    byte[] bytes = new byte[n];
    b.get(bytes);
    return new String(bytes, charset);
  }
}
