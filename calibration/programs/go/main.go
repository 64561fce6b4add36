// Command pipeline is flamegate's calibration program for Go: a record-processing
// pipeline (tokenize, parse, sort, render, checksum) over a fixed generated input, whose
// one build serves every variant of calibration/generate.sh:
//
//	pipeline VARIANT PROFILE.pb.gz
//
// VARIANT is base, leaf-P, mid-P, new-P (P in 10, 25, 50, 100) or improve-P (P in 25,
// 50); see calibration/README.md for what each plants. The CPU profile is recorded at
// 250 Hz (see cpuHz) and written to PROFILE.pb.gz.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
)

// cpuHz is the CPU profile's sampling rate. Go's default, 100 Hz, gives ~130 samples in
// a 1.3 s run: a function of 10% of the profile then has ~13 samples and a sampling noise
// of ~28% by itself. 250 Hz is the most this kernel delivers: Linux checks CPU-time timers
// once a tick (CONFIG_HZ=250 here), so at 500 Hz half the signals were lost and the
// profile's total undercounted the CPU time by half (measured; see README.md).
const cpuHz = 250

// Work per run: lines of input, processed in batches.
const (
	lines     = 80000
	batchSize = 1000
)

// The amount of work of each planted function in the base variant.
const (
	baseTokRounds      = 20 // tokenize: lexer steps per input byte (leaf)
	baseParseCalls     = 20 // parseRecord: normField+hashField calls per token (mid)
	parseRounds        = 8  // parseRecord: its own validation steps per token byte
	baseRenderCalls    = 16 // renderRecords: normField+hashField calls per field (unchanged caller)
	baseChecksumPasses = 8  // checksum: passes over the rendered output (improve)
)

type config struct {
	tokRounds, parseCalls, auditRounds, checksumPasses int
}

// variant maps a variant name to the work of each function.
func variant(name string) (config, error) {
	c := config{baseTokRounds, baseParseCalls, 0, baseChecksumPasses}
	if name == "base" {
		return c, nil
	}
	i := strings.LastIndexByte(name, '-')
	if i < 0 {
		return c, fmt.Errorf("unknown variant %q", name)
	}
	p, err := strconv.Atoi(name[i+1:])
	if err != nil || p <= 0 || p > 100 {
		return c, fmt.Errorf("unknown variant %q", name)
	}
	switch name[:i] {
	case "leaf":
		c.tokRounds = baseTokRounds * (100 + p) / 100
	case "mid":
		c.parseCalls = baseParseCalls * (100 + p) / 100
	case "new":
		c.auditRounds = baseTokRounds * p / 100
	case "improve":
		c.checksumPasses = baseChecksumPasses * (100 - p) / 100
	default:
		return c, fmt.Errorf("unknown variant %q", name)
	}
	return c, nil
}

type record struct {
	id     uint64
	key    uint32
	name   string
	fields []string
}

var sink uint64

// genInput makes the fixed input: lines of `key=value` fields from a seeded xorshift.
//
//go:noinline
func genInput(n int) []string {
	words := []string{"Alpha", "bravo", "Charlie", "delta", "ECHO", "foxtrot", "Golf", "hotel", "India", "juliet", "Kilo", "lima"}
	keys := []string{"id", "name", "city", "amount", "tags", "ts", "status", "owner", "region", "code", "ref", "note"}
	x := uint64(88172645463325252)
	next := func() uint64 { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return x }
	out := make([]string, n)
	var b strings.Builder
	for i := range out {
		b.Reset()
		for k, key := range keys {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(key)
			b.WriteByte('=')
			if k == 0 {
				b.WriteString(strconv.Itoa(i))
				continue
			}
			b.WriteString(words[next()%uint64(len(words))])
			b.WriteString(strconv.FormatUint(next()%1000, 10))
		}
		out[i] = b.String()
	}
	return out
}

// tokenize splits a line at spaces and '=' and runs a lexer state machine over every
// byte (rounds steps a byte). Leaf: calls nothing of ours.
//
//go:noinline
func tokenize(line string, rounds int) []string {
	toks := make([]string, 0, 24)
	var state uint32 = 7
	start := 0
	for i := 0; i < len(line); i++ {
		c := uint32(line[i])
		for r := 0; r < rounds; r++ {
			state = (state*31 + c) ^ (state >> 7)
		}
		if line[i] == ' ' || line[i] == '=' {
			toks = append(toks, line[start:i])
			start = i + 1
		}
	}
	toks = append(toks, line[start:])
	sink += uint64(state)
	return toks
}

// auditTokens validates a line with a digest of its bytes; only the new-P variants call it.
// A step costs what a tokenize step costs (the same operations), so `rounds` steps a byte
// are rounds/baseTokRounds of tokenize's lexer work.
//
//go:noinline
func auditTokens(line string, rounds int) uint32 {
	var acc uint32 = 0x9e3779b9
	for i := 0; i < len(line); i++ {
		b := uint32(line[i])
		for r := 0; r < rounds; r++ {
			acc = (acc*31 + b) ^ (acc >> 9)
		}
	}
	return acc
}

// normField lower-cases a field into scratch and returns its length. Shared: called by
// parseRecord and renderRecords.
//
//go:noinline
func normField(s string, scratch *[64]byte) int {
	n := 0
	for i := 0; i < len(s) && n < len(scratch); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		scratch[n] = c
		n++
	}
	return n
}

// hashField is FNV-1a over b with a seed. Shared: called by parseRecord and renderRecords.
//
//go:noinline
func hashField(b []byte, seed uint32) uint32 {
	h := uint32(2166136261) ^ seed
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// parseRecord builds a record from key/value tokens, normalising and hashing every token
// `calls` times (the mid-level function of the mid-P variants).
//
//go:noinline
func parseRecord(toks []string, calls int) record {
	var scratch [64]byte
	var key uint32
	var valid uint32 = 1
	for _, t := range toks {
		for i := 0; i < len(t); i++ {
			for r := uint32(0); r < parseRounds; r++ {
				valid = valid*2654435761 + uint32(t[i]) + r
			}
		}
		for c := 0; c < calls; c++ {
			n := normField(t, &scratch)
			key ^= hashField(scratch[:n], uint32(c))
		}
	}
	id, _ := strconv.ParseUint(toks[1], 10, 64)
	sink += uint64(valid)
	return record{id: id, key: key, name: toks[3], fields: toks}
}

// sortRecords orders the batch by key, then by name.
//
//go:noinline
func sortRecords(recs []record) {
	sort.Slice(recs, func(i, j int) bool { return recs[i].key < recs[j].key })
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].name < recs[j].name })
}

// renderRecords writes the batch as text, hashing each field for its tag (the other,
// unchanged caller of normField and hashField).
//
//go:noinline
func renderRecords(recs []record, out []byte) []byte {
	var scratch [64]byte
	for _, r := range recs {
		out = strconv.AppendUint(out, r.id, 10)
		for k := 1; k < len(r.fields); k += 2 {
			var tag uint32
			for c := 0; c < baseRenderCalls; c++ {
				n := normField(r.fields[k], &scratch)
				tag ^= hashField(scratch[:n], uint32(c))
			}
			out = append(out, ' ')
			out = append(out, r.fields[k]...)
			out = append(out, ':')
			out = strconv.AppendUint(out, uint64(tag&0xffff), 16)
		}
		out = append(out, '\n')
	}
	return out
}

var crcTable = func() (t [256]uint32) {
	for i := range t {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			c = c>>1 ^ 0xedb88320&-(c&1)
		}
		t[i] = c
	}
	return
}()

// checksum is a table-driven CRC-32 over the output, `passes` times (the improve-P target).
//
//go:noinline
func checksum(out []byte, passes int) uint32 {
	crc := ^uint32(0)
	for p := 0; p < passes; p++ {
		for _, b := range out {
			crc = crcTable[byte(crc)^b] ^ crc>>8
		}
	}
	return ^crc
}

// processBatch runs one batch through the pipeline.
//
//go:noinline
func processBatch(batch []string, c config, out []byte) []byte {
	recs := make([]record, 0, len(batch))
	for _, line := range batch {
		toks := tokenize(line, c.tokRounds)
		if c.auditRounds > 0 {
			sink += uint64(auditTokens(line, c.auditRounds))
		}
		recs = append(recs, parseRecord(toks, c.parseCalls))
	}
	sortRecords(recs)
	out = renderRecords(recs, out[:0])
	sink += uint64(checksum(out, c.checksumPasses))
	return out
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: pipeline VARIANT PROFILE.pb.gz")
		os.Exit(2)
	}
	c, err := variant(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "pipeline:", err)
		os.Exit(2)
	}
	f, err := os.Create(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, "pipeline:", err)
		os.Exit(1)
	}
	// Before StartCPUProfile, which then keeps this rate (and prints that it cannot set
	// its own 100 Hz: expected).
	runtime.SetCPUProfileRate(cpuHz)
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintln(os.Stderr, "pipeline:", err)
		os.Exit(1)
	}
	input := genInput(lines)
	out := make([]byte, 0, 1<<20)
	for i := 0; i < len(input); i += batchSize {
		out = processBatch(input[i:i+batchSize], c, out)
	}
	pprof.StopCPUProfile()
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "pipeline:", err)
		os.Exit(1)
	}
	if sink == 42 {
		fmt.Println(sink)
	}
}
