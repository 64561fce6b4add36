// A small server loop that writes a heap profile after every tick (runtime/pprof
// WriteHeapProfile, as a service's debug endpoint or a benchmark's harness would), for
// flamegate trend's tests: `leak` keeps every session it sees; `steady` holds the same
// working memory without the leak. Both have a batch that fills and is flushed (a sawtooth
// in the heap) and a bounded cache that fills and then stays full (a plateau): neither is a
// leak.
//
//	go run . -mode leak -out DIR -ticks 24
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"time"
)

type session struct {
	id      int
	payload []byte
}

// sessionStore forgets nothing in leak mode: the leak.
type sessionStore struct {
	all []*session
}

var leakBytes = 48 << 10

//go:noinline
func (s *sessionStore) remember(id int) {
	s.all = append(s.all, &session{id: id, payload: make([]byte, leakBytes)})
}

// batcher accumulates records and flushes them every flushEvery ticks: a sawtooth.
type batcher struct {
	pending [][]byte
}

//go:noinline
func (b *batcher) add() {
	b.pending = append(b.pending, make([]byte, 96<<10))
}

//go:noinline
func (b *batcher) flush() {
	b.pending = nil
}

// lru keeps the last `size` entries: it grows until full, then stays.
type lru struct {
	entries [][]byte
	next    int
	size    int
}

//go:noinline
func (c *lru) put() {
	buf := make([]byte, 64<<10)
	if len(c.entries) < c.size {
		c.entries = append(c.entries, buf)
		return
	}
	c.entries[c.next] = buf
	c.next = (c.next + 1) % c.size
}

var sink []byte

//go:noinline
func handleRequest(id int, store *sessionStore, leak bool, batch *batcher, cache *lru) {
	// Short-lived work: freed by the next collection.
	tmp := make([]byte, 32<<10)
	sink = tmp
	if leak {
		store.remember(id)
	}
	batch.add()
	cache.put()
}

func main() {
	mode := flag.String("mode", "leak", "leak or steady")
	out := flag.String("out", ".", "directory for heap-NN.pb.gz")
	ticks := flag.Int("ticks", 24, "snapshots to write")
	perTick := flag.Int("requests", 40, "requests a tick")
	flushEvery := flag.Int("flush-every", 5, "ticks between batch flushes")
	flag.IntVar(&leakBytes, "leak-bytes", leakBytes, "bytes each remembered session keeps (mode leak)")
	flag.Parse()
	store := &sessionStore{}
	batch := &batcher{}
	cache := &lru{size: 6 * *perTick}
	id := 0
	for t := 1; t <= *ticks; t++ {
		for i := 0; i < *perTick; i++ {
			id++
			handleRequest(id, store, *mode == "leak", batch, cache)
		}
		if t%*flushEvery == 0 {
			batch.flush()
		}
		time.Sleep(20 * time.Millisecond)
		runtime.GC() // the profile's in-use values are as of the last collection
		f, err := os.Create(filepath.Join(*out, fmt.Sprintf("heap-%02d.pb.gz", t)))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := pprof.WriteHeapProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		f.Close()
	}
}
