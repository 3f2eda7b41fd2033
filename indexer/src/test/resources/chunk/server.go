// Package server exposes a tiny key-value store over HTTP.
package server

import (
	"encoding/json"
	"net/http"
	"sync"
)

// maxBody caps request bodies at 1 MiB.
const maxBody = 1 << 20

// Store is a concurrency-safe map of strings.
type Store struct {
	mu   sync.RWMutex
	data map[string]string
}

// Getter reads values by key.
type Getter interface {
	Get(key string) (string, bool)
}

// NewStore returns an empty store.
func NewStore() *Store {
	return &Store{data: make(map[string]string)}
}

// Get returns the value for key and whether it was present.
func (s *Store) Get(key string) (string, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[key]
	return v, ok
}

// ServeHTTP answers GET /?key=k with the value as JSON.
func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	v, ok := s.Get(r.URL.Query().Get("key"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"value": v})
}
