import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Profile as PprofProfile, StringTable, ValueType } from 'pprof-format';
import { InputError } from '../../src/errors';
import { parseProfile } from '../../src/formats/detect';
import { fixture, hasShared, loadFixture } from '../fixtures';

function errorOf(bytes: Uint8Array, options = {}): string {
  try {
    parseProfile(bytes, "baseline 'x'", options);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('format detection and bad input', () => {
  it('says the file is empty', () => {
    expect(errorOf(new Uint8Array())).toBe("baseline 'x': the file is empty, expected a profile (pprof, folded stacks or .cpuprofile)");
  });

  it('rejects random bytes, naming the formats tried', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => (i * 131 + 7) % 256);
    expect(errorOf(bytes)).toMatch(/^baseline 'x': .*; expected a pprof profile \(gzipped or raw\), folded stacks, perf script output, a V8 \.cpuprofile or speedscope JSON$/);
  });

  it('rejects truncated gzip and gzip of garbage', () => {
    const gz = gzipSync(Buffer.from('main;a 1\n'.repeat(1000)));
    expect(errorOf(gz.subarray(0, gz.length / 2))).toBe("baseline 'x': truncated gzip data (the file ends before the compressed stream does)");
    expect(errorOf(Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0xff]))).toMatch(/^baseline 'x': corrupt gzip data/);
  });

  it('stops at the decompressed-size cap', () => {
    const bomb = gzipSync(Buffer.alloc(8 << 20));
    expect(errorOf(bomb, { maxDecompressedBytes: 1 << 20 })).toBe("baseline 'x': gzip data decompresses to more than 1048576 bytes (the limit; raise it with --max-decompressed-size)");
  });

  it('rejects JSON of the wrong shape and truncated JSON', () => {
    expect(errorOf(Buffer.from('{"traceEvents": []}'))).toBe(`baseline 'x': a Chrome trace without a CPU profile (no "ProfileChunk" events with nodes: record it with JavaScript samples on)`);
    expect(errorOf(Buffer.from('{"samples": []}'))).toBe(`baseline 'x': JSON without "nodes" or "head" (a V8 .cpuprofile), "traceEvents" (a Chrome trace) or "profiles" and "shared" (speedscope)`);
    expect(errorOf(Buffer.from('{"nodes": [{"id": 1'))).toMatch(/^baseline 'x': JSON that does not parse \(.*\), expected a V8 \.cpuprofile or speedscope JSON$/);
    // Found by the property test: V8 quotes the input, line breaks and all; still one line.
    expect(errorOf(Buffer.from('{"nodes":[{"id":1,"children"\n!:[2]}]}'))).not.toMatch(/\n/);
  });

  it('rejects text without folded lines', () => {
    expect(errorOf(Buffer.from('just some text\n'))).toBe(`baseline 'x': text with no folded stack line (line 1: expected "frame;frame;... count", got 'just some text'); expected folded stacks, perf script output, pprof, a .cpuprofile or speedscope JSON`);
  });

  it('names a text profile\'s fault where it is, raw or gzipped: a NUL byte\'s line, perf headers with no stack, a count or period of 2^53 or more', () => {
    for (const wrap of [(b: Buffer) => b, (b: Buffer) => gzipSync(b)]) {
      // These read as "not a pprof protobuf", "no folded stack line" and "sample 0 holds...".
      expect(errorOf(wrap(Buffer.from('main;foo 10\nmain;b\0ar 5\n')))).toMatch(/^baseline 'x': text with a NUL byte at line 2 \(byte 18\), which a text profile does not hold \(as pprof: .*\); expected folded stacks or perf script output without NUL bytes/);
      expect(errorOf(wrap(Buffer.from('prog 123 [000] 1.000: 1 cycles:\nprog 123 [000] 1.001: 1 cycles:\n')))).toBe("baseline 'x': perf script output without call stacks (no record has frames below its header): one frame a sample, or none, says nothing of callers; expected perf script of a recording with call stacks: perf record -g (or --call-graph dwarf)");
      expect(errorOf(wrap(Buffer.from('main;foo 10\nmain;bar 99999999999999999999\n')))).toBe("baseline 'x': line 2: the count '99999999999999999999' is 2^53 or more as a number; expected counts from 0 to below 2^53 (9007199254740992)");
      expect(errorOf(wrap(Buffer.from('prog 1 [000] 1.000: 250000 cycles:\n\t 4005d6 main+0x6 (/bin/p)\n\nprog 1 [000] 1.001: 9007199254740993 cycles:\n\t 4005d6 main+0x6 (/bin/p)\n\n')))).toBe("baseline 'x': line 4: a period of 2^53 or more; expected periods from 0 to below 2^53 (9007199254740992)");
    }
    // A period of 2^53 on line 4 after a record without one (two passes: the first reads headers).
    expect(errorOf(Buffer.from('prog 1 [000] 1.000: cycles:\n\t 4005d6 main+0x6 (/bin/p)\n\nprog 1 [000] 1.001: 9007199254740992 cycles:\n\t 4005d6 main+0x6 (/bin/p)\n\n'))).toBe("baseline 'x': line 4: a period of 2^53 or more; expected periods from 0 to below 2^53 (9007199254740992)");
    // Records perf could not unwind, a header alone each, filling the first 64 KiB: then stacks.
    const late = parseProfile(Buffer.from(`${'prog 1 [000] 1.000: 1 cycles:\n\n'.repeat(2000)}prog 1 [000] 2.000: 1 cycles:\n\t 4005d6 work+0x6 (/bin/p)\n\t 400500 main+0x6 (/bin/p)\n\n`), 'x');
    expect(late.format).toBe('perf-script');
    expect(late.tree.names).toContain('work');
    // A comment between a header and its stack.
    expect(parseProfile(Buffer.from('prog 1 [000] 1.000: 1 cycles:\n# a comment\n\t 4005d6 work+0x6 (/bin/p)\n\n'), 'x').format).toBe('perf-script');
    // NUL bytes anywhere, in any number, after any line ending; UTF-16 with a byte-order mark.
    const lines = (n: number, end = '\n') => Array.from({ length: n }, (_, i) => `main;f${i};g 1`).join(end) + end;
    expect(errorOf(Buffer.from(`${lines(600)}main;x\0y 3\n`))).toBe("baseline 'x': line 601: a NUL byte, which a text profile does not hold; expected folded stacks or perf script output without NUL bytes (was the file cut short or padded by a crash?)");
    expect(errorOf(Buffer.concat([Buffer.from(lines(20)), Buffer.alloc(4096)]))).toMatch(/^baseline 'x': text with a NUL byte at line 21 \(byte \d+\)/);
    expect(errorOf(Buffer.from(`${lines(20, '\r')}main;x\0y 3\r`))).toMatch(/^baseline 'x': text with a NUL byte at line 21 /);
    expect(errorOf(Buffer.from(`\r\n${lines(3, '\r\n')}main;x\0\0\0y 3\r\n`))).toMatch(/^baseline 'x': text with a NUL byte at line 5 /);
    expect(errorOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${lines(3)}main;x\0y 3\n`, 'utf16le')]))).toMatch(/^baseline 'x': line 4: a NUL byte/);
    // A raw pprof profile is still called one: its bytes are no text.
    const strings = new StringTable();
    const noTypes = new PprofProfile({ stringTable: strings, sample: [] }).encode();
    expect(errorOf(Buffer.concat([noTypes, Buffer.from([0x08, 0x00])]))).not.toMatch(/NUL/);
  });

  it('refuses a pprof profile without sample types, and a valid gzip of garbage', () => {
    const strings = new StringTable();
    strings.dedup('main');
    const noTypes = new PprofProfile({ stringTable: strings }).encode();
    expect(errorOf(noTypes)).toBe("baseline 'x': a broken pprof profile: no sample types (a pprof profile needs at least one); expected a pprof profile (gzipped or raw), folded stacks, perf script output, a V8 .cpuprofile or speedscope JSON");
    expect(errorOf(gzipSync(Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 251)))).toMatch(/^baseline 'x': .*expected a pprof profile/);
  });

  it('accepts a profile without samples (a mutex profile without contention)', () => {
    const strings = new StringTable();
    const profile = new PprofProfile({ sampleType: [new ValueType({ type: strings.dedup('contentions'), unit: strings.dedup('count') }), new ValueType({ type: strings.dedup('delay'), unit: strings.dedup('nanoseconds') })], stringTable: strings });
    const parsed = parseProfile(gzipSync(profile.encode()), 'x');
    expect(parsed.sampleTypes.map((t) => t.type)).toEqual(['contentions', 'delay']);
    expect(parsed.tree.parent).toHaveLength(1);
  });

  it('reads gzipped folded stacks', () => {
    const profile = parseProfile(gzipSync(Buffer.from('main;a 3\nmain;b 4\n')), 'x');
    expect(profile.format).toBe('folded');
    expect(profile.tree.names).toEqual(['main', 'a', 'b']);
  });
});

describe.skipIf(!hasShared)('format detection on fixtures', () => {
  it('finds pprof by content: raw protobuf despite a .gz name', () => {
    expect(loadFixture(fixture('pyroscope', 'pyspy-1.pb.gz')).format).toBe('pprof');
    expect(loadFixture(fixture('pyroscope', 'profile_uncompressed')).format).toBe('pprof');
  });

  it('takes the default sample type from the profile, else the last', () => {
    const heap = loadFixture(fixture('pyroscope', 'heap.pb.gz'));
    expect(heap.sampleTypes[heap.defaultSampleType].type).toBe('inuse_space');
    const cpu = loadFixture(fixture('generated-go119', 'baseline-1.cpu.pb.gz'));
    expect(cpu.sampleTypes[cpu.defaultSampleType]).toEqual({ type: 'cpu', unit: 'nanoseconds' });
  });

  it('rejects a JFR recording with one clear line', () => {
    expect(() => loadFixture(fixture('pyroscope', 'jfr-kafka-cpu-0.jfr.gz'))).toThrow(/expected a pprof profile \(gzipped or raw\), folded stacks, perf script output, a V8 \.cpuprofile or speedscope JSON$/);
  });
});
