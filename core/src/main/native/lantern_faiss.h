// Plain functions over FAISS's C++ API, so the JavaCPP binding maps simple signatures.
// FAISS errors are C++ exceptions derived from std::exception; JavaCPP turns them into
// java.lang.RuntimeException carrying what() at the call site.
#pragma once
#include <faiss/Index.h>
#include <faiss/IndexHNSW.h>
#include <faiss/IndexIDMap.h>
#include <faiss/index_factory.h>
#include <faiss/index_io.h>
#include <omp.h>
#include <stdexcept>

namespace lantern {

inline faiss::Index* as_index(void* p) {
  if (p == nullptr) throw std::invalid_argument("FAISS index is closed");
  return static_cast<faiss::Index*>(p);
}

inline void* faiss_create(int dims, const char* description) {
  return faiss::index_factory(dims, description, faiss::METRIC_INNER_PRODUCT);
}

inline void faiss_add(void* index, long long n, const float* vectors, const long long* ids) {
  as_index(index)->add_with_ids(n, vectors, reinterpret_cast<const faiss::Index::idx_t*>(ids));
}

inline void faiss_search(void* index, long long n, const float* queries, long long k, float* distances,
                         long long* labels) {
  as_index(index)->search(n, queries, k, distances, reinterpret_cast<faiss::Index::idx_t*>(labels));
}

inline void faiss_write(void* index, const char* path) { faiss::write_index(as_index(index), path); }

inline void* faiss_read(const char* path) { return faiss::read_index(path); }

inline long long faiss_ntotal(void* index) { return as_index(index)->ntotal; }

inline int faiss_dimensions(void* index) { return as_index(index)->d; }

inline void faiss_free(void* index) { delete static_cast<faiss::Index*>(index); }

inline void faiss_set_threads(int threads) { omp_set_num_threads(threads); }

// Sets HNSW's search breadth where the index (possibly wrapped in an id map) is HNSW.
inline void faiss_set_ef_search(void* index, int ef) {
  faiss::Index* idx = as_index(index);
  if (auto* map = dynamic_cast<faiss::IndexIDMap2*>(idx)) idx = map->index;
  else if (auto* map1 = dynamic_cast<faiss::IndexIDMap*>(idx)) idx = map1->index;
  if (auto* hnsw = dynamic_cast<faiss::IndexHNSW*>(idx)) hnsw->hnsw.efSearch = ef;
}

}  // namespace lantern
