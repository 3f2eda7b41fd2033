package dev.lantern.indexer.embed;

import dev.lantern.core.embed.ModelIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Vectors on disk by model identity and SHA-256 of the exact text embedded, shared by every
 * codebase and commit that uses the same data directory, so each distinct chunk is embedded once.
 * One append-only file per model ({@code <root>/<identity key>/vectors.bin}, see {@link
 * VectorLog}); on open its record offsets are indexed in memory (about 100 bytes per vector) and
 * vectors are read back by position.
 *
 * <p>Thread-safe. Processes sharing the directory coordinate with a file lock: appends hold it
 * exclusively, and each process picks up records others appended before it writes or when a lookup
 * misses. A crash can leave a torn last record; the next writer truncates it.
 */
public final class EmbeddingCache implements AutoCloseable {
  // FileLock is held per JVM, not per channel: a second channel in this JVM asking for it gets
  // OverlappingFileLockException. One in-JVM lock per file serialises our own instances first.
  private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  private final ModelIdentity identity;
  private final Path file;
  private final FileChannel channel;
  private final ReentrantLock jvmLock;
  private final int dims;
  private final int recordLength;
  private final int headerLength;
  private final Map<TextKey, Long> offsets = new ConcurrentHashMap<>();
  private volatile long indexedEnd;
  private long recoveredBytes;

  private EmbeddingCache(ModelIdentity identity, Path file) throws IOException {
    this.identity = identity;
    this.file = file;
    this.dims = identity.dimensions();
    this.recordLength = VectorLog.recordLength(dims);
    this.jvmLock =
        JVM_LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new ReentrantLock());
    this.channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try (Locked locked = lock()) {
      VectorLog.Header header = VectorLog.readHeader(channel);
      if (header == null) {
        // New file, or a creator crashed inside the header: nothing of value to keep.
        channel.truncate(0);
        VectorLog.writeFully(channel, VectorLog.header(identity), 0);
        channel.force(true);
        header = VectorLog.readHeader(channel);
      }
      ModelMatch.require(header.identity(), identity, "embedding cache " + file);
      this.headerLength = header.length();
      this.indexedEnd = headerLength;
      catchUp();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Opens (creating if needed) the cache for {@code identity} under {@code root}.
   *
   * @throws IllegalStateException if the file there records a different model
   * @throws UncheckedIOException if the file cannot be read or is not a cache file
   */
  public static EmbeddingCache open(Path root, ModelIdentity identity) {
    Path dir = root.resolve(identity.key().replaceAll("[^A-Za-z0-9._@+-]", "_"));
    try {
      Files.createDirectories(dir);
      return new EmbeddingCache(identity, dir.resolve("vectors.bin"));
    } catch (IOException e) {
      throw new UncheckedIOException("could not open embedding cache in " + dir, e);
    }
  }

  /** The cache key of a text: SHA-256 of its UTF-8 bytes. */
  public static byte[] keyOf(String text) {
    return ContentHash.ofText(text);
  }

  public ModelIdentity identity() {
    return identity;
  }

  /** Number of distinct texts with a vector. */
  public int size() {
    return offsets.size();
  }

  /** Bytes of torn tail dropped so far (by this instance), for logs and tests. */
  public synchronized long recoveredBytes() {
    return recoveredBytes;
  }

  /**
   * The vectors for {@code keys}, in order, with {@code null} where none is stored. A miss first
   * re-reads what other processes have appended since.
   */
  public float[][] get(List<byte[]> keys) {
    float[][] out = new float[keys.size()][];
    boolean missed = lookup(keys, out);
    if (missed && sizeOnDisk() > indexedEnd) {
      synchronized (this) {
        try (Locked locked = lock()) {
          catchUp();
        } catch (IOException e) {
          throw new UncheckedIOException("could not read embedding cache " + file, e);
        }
      }
      lookup(keys, out);
    }
    return out;
  }

  /** Stores vectors for keys not stored yet (by anyone); durable when this returns. */
  public synchronized void put(List<byte[]> keys, float[][] vectors) {
    if (keys.size() != vectors.length) {
      throw new IllegalArgumentException(keys.size() + " keys but " + vectors.length + " vectors");
    }
    try (Locked locked = lock()) {
      catchUp();
      ByteBuffer batch =
          ByteBuffer.allocate(keys.size() * recordLength).order(ByteOrder.LITTLE_ENDIAN);
      Map<TextKey, Long> added = new java.util.HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        TextKey key = TextKey.of(keys.get(i));
        if (vectors[i].length != dims) {
          throw new IllegalArgumentException(
              "vector has " + vectors[i].length + " dimensions; this cache holds " + dims);
        }
        if (offsets.containsKey(key) || added.containsKey(key)) {
          continue;
        }
        added.put(key, indexedEnd + batch.position());
        VectorLog.putRecord(batch, keys.get(i), vectors[i]);
      }
      if (added.isEmpty()) {
        return;
      }
      batch.flip();
      VectorLog.writeFully(channel, batch, indexedEnd);
      channel.force(false);
      offsets.putAll(added);
      indexedEnd += (long) added.size() * recordLength;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write embedding cache " + file, e);
    }
  }

  private boolean lookup(List<byte[]> keys, float[][] out) {
    boolean missed = false;
    ByteBuffer buf = ByteBuffer.allocate(4 * dims).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < out.length; i++) {
      if (out[i] != null) {
        continue;
      }
      Long offset = offsets.get(TextKey.of(keys.get(i)));
      if (offset == null) {
        missed = true;
        continue;
      }
      try {
        buf.clear();
        while (buf.hasRemaining()) {
          long at = offset + VectorLog.HASH_BYTES + buf.position();
          if (channel.read(buf, at) < 0) {
            throw new IOException("embedding cache ended early at " + at);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not read embedding cache " + file, e);
      }
      buf.flip();
      float[] v = new float[dims];
      buf.asFloatBuffer().get(v);
      out[i] = v;
    }
    return missed;
  }

  /**
   * Indexes records appended since {@link #indexedEnd}. The caller holds the (exclusive) file lock,
   * so no writer is mid-record: a partial record at the end is a dead writer's, and is cut.
   */
  private void catchUp() throws IOException {
    long size = channel.size();
    long whole = indexedEnd + (size - indexedEnd) / recordLength * recordLength;
    if (whole < size) {
      recoveredBytes += size - whole;
      channel.truncate(whole);
      channel.force(true);
    }
    int chunkRecords = Math.max(1, (1 << 20) / recordLength);
    for (long at = indexedEnd; at < whole; ) {
      int n = (int) Math.min(chunkRecords, (whole - at) / recordLength);
      ByteBuffer b = VectorLog.readFully(channel, at, n * recordLength);
      for (int r = 0; r < n; r++) {
        b.position(r * recordLength);
        if (VectorLog.intact(b, recordLength)) {
          byte[] hash = new byte[VectorLog.HASH_BYTES];
          b.get(hash);
          // Keep the first copy: a later duplicate of the same text is the same vector.
          offsets.putIfAbsent(TextKey.of(hash), at + (long) r * recordLength);
        }
      }
      at += (long) n * recordLength;
    }
    indexedEnd = whole;
  }

  private long sizeOnDisk() {
    try {
      return channel.size();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read embedding cache " + file, e);
    }
  }

  private Locked lock() throws IOException {
    jvmLock.lock();
    try {
      return new Locked(channel.lock());
    } catch (IOException | RuntimeException e) {
      jvmLock.unlock();
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close embedding cache " + file, e);
    }
  }

  /** Holds the file lock and this JVM's lock for the file; releases both. */
  private final class Locked implements AutoCloseable {
    private final FileLock fileLock;

    Locked(FileLock fileLock) {
      this.fileLock = fileLock;
    }

    @Override
    public void close() throws IOException {
      try {
        fileLock.release();
      } finally {
        jvmLock.unlock();
      }
    }
  }

  /** A 32-byte text hash as four longs, so map keys compare by content. */
  private record TextKey(long a, long b, long c, long d) {
    static TextKey of(byte[] hash) {
      if (hash.length != VectorLog.HASH_BYTES) {
        throw new IllegalArgumentException("a cache key is 32 bytes; got " + hash.length);
      }
      ByteBuffer b = ByteBuffer.wrap(hash);
      return new TextKey(b.getLong(), b.getLong(), b.getLong(), b.getLong());
    }
  }
}
