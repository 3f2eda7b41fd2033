package dev.lantern.core.index.faiss;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.annotation.Cast;
import org.bytedeco.javacpp.annotation.Namespace;
import org.bytedeco.javacpp.annotation.Platform;

/**
 * The JNI binding JavaCPP generates and compiles during the build against the system FAISS
 * (Debian's libfaiss-dev: headers and a static libfaiss.a, linked into the JNI library with OpenMP,
 * BLAS and LAPACK). Use {@link FaissVectorIndex}; this class is its raw layer.
 */
@Platform(
    include = "lantern_faiss.h",
    link = {"gomp", "blas", "lapack", "faiss"})
@Namespace("lantern")
final class FaissNative {
  static {
    Loader.load();
  }

  private FaissNative() {}

  static native @Cast("void*") Pointer faiss_create(int dims, String description);

  static native void faiss_add(
      @Cast("void*") Pointer index, long n, float[] vectors, @Cast("const long long*") long[] ids);

  static native void faiss_search(
      @Cast("void*") Pointer index,
      long n,
      float[] queries,
      long k,
      float[] distances,
      @Cast("long long*") long[] labels);

  static native void faiss_write(@Cast("void*") Pointer index, String path);

  static native @Cast("void*") Pointer faiss_read(String path);

  static native long faiss_ntotal(@Cast("void*") Pointer index);

  static native int faiss_dimensions(@Cast("void*") Pointer index);

  static native void faiss_free(@Cast("void*") Pointer index);

  static native void faiss_set_threads(int threads);

  static native void faiss_set_ef_search(@Cast("void*") Pointer index, int ef);
}
