// Command scenarios writes real Go profiles for flamegate's scenario tests: each scenario
// runs a fixed amount of work as a baseline or as a candidate with one planted change.
//
//	shared-callee  main.checksum, called by main.handleUpload and main.handleDownload,
//	               does twice the work in the candidate (CPU)
//	improvement    main.compress does half the work in the candidate (CPU): every other
//	               function's share of the total grows, its time does not
//	heap-growth    main.cacheStore retains twice the bytes in the candidate (inuse_space)
//	mutex-from-zero the baseline updates a counter from one goroutine (no contention);
//	               the candidate from four, under one sync.Mutex (mutex delay)
//	block-from-zero the same work in a block profile: the stacks that waited for the lock
//	labels         shared-callee's work under pprof.Do labels service=upload and
//	               service=download; only the download service's checksum doubles (CPU)
package main

import (
	"context"
	"crypto/sha256"
	"flag"
	"log"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"sync"
)

var sink uint64

func spin(n int) {
	buf := make([]byte, 4096)
	for i := 0; i < n; i++ {
		sum := sha256.Sum256(buf)
		buf[0] = sum[0]
		sink += uint64(sum[1])
	}
}

//go:noinline
func checksum(n int) { spin(n) }

//go:noinline
func handleUpload(work, factor int) {
	spin(work / 2)
	checksum(work * factor / 2)
}

//go:noinline
func handleDownload(work, factor int) {
	spin(work / 2)
	checksum(work * factor / 2)
}

//go:noinline
func parseRecords(n int) {
	xs := make([]int, 20000)
	for r := 0; r < n; r++ {
		for i := range xs {
			xs[i] = (i*7919 + r) % 10007
		}
		sort.Ints(xs)
	}
}

//go:noinline
func compress(n int) { spin(n) }

//go:noinline
func render(n int) { spin(n) }

var cache [][]byte

//go:noinline
func cacheStore(entries, size int) {
	for i := 0; i < entries; i++ {
		cache = append(cache, make([]byte, size))
	}
}

//go:noinline
func sessionStore(entries int) {
	for i := 0; i < entries; i++ {
		cache = append(cache, make([]byte, 2048))
	}
}

var mu sync.Mutex
var shared int

//go:noinline
func updateShared(goroutines, n int) {
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < n; i++ {
				mu.Lock()
				shared++
				spin(1)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}

func main() {
	scenario := flag.String("scenario", "", "shared-callee, improvement, heap-growth, mutex-from-zero, block-from-zero or labels")
	candidate := flag.Bool("candidate", false, "plant the change")
	out := flag.String("out", "profile.pb.gz", "output file")
	flag.Parse()
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	switch *scenario {
	case "shared-callee", "improvement":
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		factor, compressWork := 1, 30000
		if *candidate && *scenario == "shared-callee" {
			factor = 2
		}
		if *candidate && *scenario == "improvement" {
			compressWork = 15000
		}
		for round := 0; round < 30; round++ {
			handleUpload(1500, factor)
			handleDownload(1500, factor)
			parseRecords(12)
			compress(compressWork / 10)
			render(1200)
		}
		pprof.StopCPUProfile()
	case "labels":
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		factor := 1
		if *candidate {
			factor = 2
		}
		ctx := context.Background()
		for round := 0; round < 30; round++ {
			pprof.Do(ctx, pprof.Labels("service", "upload"), func(context.Context) { handleUpload(1500, 1) })
			pprof.Do(ctx, pprof.Labels("service", "download"), func(context.Context) { handleDownload(1500, factor) })
			parseRecords(12)
		}
		pprof.StopCPUProfile()
	case "heap-growth":
		runtime.MemProfileRate = 4096
		entries := 2000
		if *candidate {
			entries = 4000
		}
		cacheStore(entries, 1024)
		sessionStore(1500)
		runtime.GC()
		if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
			log.Fatal(err)
		}
	case "mutex-from-zero", "block-from-zero":
		// The same work; the mutex profile records the holder at Unlock, the block profile the waiter at Lock.
		profile := "mutex"
		if *scenario == "block-from-zero" {
			profile = "block"
			runtime.SetBlockProfileRate(1)
		} else {
			runtime.SetMutexProfileFraction(1)
		}
		goroutines := 1
		if *candidate {
			goroutines = 4
		}
		updateShared(goroutines, 20000/goroutines)
		parseRecords(2)
		if err := pprof.Lookup(profile).WriteTo(f, 0); err != nil {
			log.Fatal(err)
		}
	default:
		log.Fatalf("unknown scenario %q", *scenario)
	}
}
