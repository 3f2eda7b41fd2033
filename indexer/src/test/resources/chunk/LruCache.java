/*
 * Copyright 2024 The Lantern Authors. Licensed under the Apache License 2.0.
 */
package com.example.cache;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small least-recently-used cache with per-entry expiry.
 *
 * <p>Not thread-safe; wrap it when sharing.
 */
public class LruCache<K, V> {
  /** Turns a key into a value when it is missing. */
  private final Function<K, V> loader;

  private final int capacity;
  private final Map<K, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);

  /** Logs evictions; tests replace it. */
  Listener listener =
      (key, reason) -> System.out.println("evicted " + key + ": " + reason.name());

  /** Why an entry left the cache. */
  public enum Reason {
    EXPIRED,
    CAPACITY;

    boolean isExpiry() {
      return this == EXPIRED;
    }
  }

  /** Receives eviction events. */
  @FunctionalInterface
  interface Listener {
    void evicted(Object key, Reason reason);
  }

  /** A cached value with the time it stops being valid. */
  private static final class Entry<V> {
    final V value;
    final long expiresAt;

    Entry(V value, long expiresAt) {
      this.value = value;
      this.expiresAt = expiresAt;
    }

    boolean expired(long now) {
      return now >= expiresAt;
    }
  }

  public LruCache(int capacity, Function<K, V> loader) {
    this.capacity = capacity;
    this.loader = loader;
  }

  /**
   * Returns the cached value, loading it when absent or expired.
   *
   * @param key the key to look up
   * @param ttl how long a loaded value stays valid
   * @return the value, never null
   */
  public V get(K key, Duration ttl) {
    long now = System.nanoTime();
    Entry<V> e = entries.get(key);
    if (e == null || e.expired(now)) {
      V value = loader.apply(key);
      entries.put(key, new Entry<>(value, now + ttl.toNanos()));
      evictIfFull();
      return value;
    }
    return e.value;
  }

  // Oldest first: the map iterates in access order.
  private void evictIfFull() {
    var it = entries.entrySet().iterator();
    while (entries.size() > capacity && it.hasNext()) {
      listener.evicted(it.next().getKey(), Reason.CAPACITY);
      it.remove();
    }
  }
}
