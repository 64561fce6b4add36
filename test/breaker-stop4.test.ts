// What a breaker found at the end of issue 20's fourth stop, each now a test: a sample type
// that reached the trend comment and the terminal raw, invisible characters that passed as
// nothing, names cut twice when parsed on a worker thread, a gzip bomb that took twice its
// cap, perf script and folded text that format detection misread.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Function as PprofFunction, Line, Location, Profile as PprofProfile, Sample, StringTable, ValueType } from 'pprof-format';
import { describe, expect, it } from 'vitest';
import { visible } from '../src/text';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const cli = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
const dir = mkdtempSync(join(tmpdir(), 'flamegate-breaker-'));

/** A heap snapshot of main -> work -> leaf whose sample type is `type`/`unit`; leaf holds `leaf` bytes. */
function snapshot(type: string, unit: string, leaf: number): Buffer {
  const strings = new StringTable();
  const functions = ['main', 'work', 'leaf'].map((name, i) => new PprofFunction({ id: i + 1, name: strings.dedup(name) }));
  const location = functions.map((f) => new Location({ id: f.id, line: [new Line({ functionId: f.id })] }));
  const profile = new PprofProfile({
    sampleType: [new ValueType({ type: strings.dedup(type), unit: strings.dedup(unit) })],
    sample: [new Sample({ locationId: [3, 2, 1], value: [leaf] }), new Sample({ locationId: [2, 1], value: [500] })],
    location, function: functions, stringTable: strings,
  });
  return gzipSync(profile.encode());
}

/** Markdown outside its code spans: what GitHub would read as links, HTML and mentions. */
const outsideCode = (markdown: string) => markdown.replace(/(`+)[^`]*?\1/g, '');

describe('strings from profiles', () => {
  const hostile = '[x](https://evil.example/t) <img src=x onerror=alert(1)> @admin \u001b[2J';

  it('shows a hostile sample type in the trend comment and terminal as code, escaped', () => {
    const series = join(dir, 'trend');
    mkdirSync(series);
    for (let i = 0; i < 10; i++) writeFileSync(join(series, `snap-${String(i).padStart(2, '0')}.pb.gz`), snapshot(hostile, 'bytes', 1000 + i * 10));
    const md = join(dir, 'trend.md');
    const r = cli(['trend', '--profiles', join(series, '*.pb.gz'), '--markdown', md]);
    expect(r.status, r.stderr).toBeLessThan(2);
    const markdown = readFileSync(md, 'utf8');
    expect(markdown).not.toContain('\u001b');
    for (const live of ['](https://evil', '<img', '@admin']) expect(outsideCode(markdown)).not.toContain(live);
    expect(markdown).toContain('its `[x](https://evil.example/t) <img src=x …` rises');
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('its [x](https://evil.example/t) <img src=x … rises');
  });

  it('shows a hostile sample type in the compare terminal output escaped', () => {
    const file = join(dir, 'hostile-type.pb.gz');
    writeFileSync(file, snapshot(`cpu${hostile}`, 'nanoseconds', 1000));
    const r = cli(['compare', '--baseline', file, '--candidate', file]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout.split('\n')[1]).toMatch(/^cpu\[x\]\(https:\/\/evil\.example\/t\) <img src=x onerror=alert\(1\)>…, absolute values;/);
  });

  it('writes every character a renderer shows as nothing as its escape', () => {
    // Soft hyphen, combining grapheme joiner, Mongolian vowel separator, Hangul filler,
    // braille blank, a variation selector and a tag character: each made two names look equal.
    expect(visible('pa\u00adr\u034fs\u180ee\u3164\u2800\ufe0f\u{E0041}')).toBe('pa\\u00ADr\\u034Fs\\u180Ee\\u3164\\u2800\\uFE0F\\u{E0041}');
    expect(visible('café naïve 名前 ✓')).toBe('café naïve 名前 ✓');
  });
});

describe('parsing on worker threads', () => {
  it('cuts a long name once, so two that differ past the cut stay two, on any number of threads', () => {
    // Two names of 5,001 and 5,002 characters, the same for their first 4,096.
    const long = 'A'.repeat(5000);
    const file = join(dir, 'long-names.folded');
    writeFileSync(file, `main;${long}x 10\nmain;${long}yy 20\n`);
    const json = (threads: string) => {
      const out = join(dir, `long-${threads}.json`);
      const r = cli(['compare', '--baseline', file, '--candidate', file, '--json', out], { FLAMEGATE_THREADS: threads });
      expect(r.status, r.stderr).toBe(0);
      const report = JSON.parse(readFileSync(out, 'utf8')) as { functions: { name: string; status: string; baseline: { self: number } }[] };
      return report.functions.filter((f) => f.name.startsWith('AAAA')).map((f) => [f.name.slice(-22), f.status, f.baseline.self]).sort();
    };
    const expected = [['… (5001 characters)', 'both', 10], ['… (5002 characters)', 'both', 20]].map(([tail, status, self]) => [(tail as string).padStart(22, 'A'), status, self]);
    expect(json('1')).toEqual(expected);
    expect(json('2')).toEqual(expected);
  });
});

describe('gzip bombs', () => {
  // Required into the CLI: prints the process's peak resident memory (all threads) at exit, in KiB.
  const peak = join(dir, 'peak.js');
  writeFileSync(peak, "process.on('exit', () => process.stderr.write('peak ' + require('node:fs').readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\\s+(\\d+)/)[1] + '\\n'));\n");

  it.skipIf(process.platform !== 'linux')('refuses one in about the memory of its cap, not twice', () => {
    // 2 GiB of zeros as 2,048 gzip members of 1 MiB (2 MB in all), the last trailer saying
    // 3 GiB as a one-member bomb's does. Output chunks sized by that trailer were a chunk
    // of the 1 GiB cap and a second one, filled before the bomb was refused: 2.1 GB.
    const member = gzipSync(Buffer.alloc(1 << 20));
    const last = Buffer.from(member);
    last.writeUInt32LE(3 * 2 ** 30, last.length - 4);
    const bomb = join(dir, 'bomb.gz');
    writeFileSync(bomb, Buffer.concat([...Array.from({ length: 2047 }, () => member), last]));
    const r = spawnSync(process.execPath, ['--require', peak, CLI, 'compare', '--baseline', bomb, '--candidate', bomb], { encoding: 'utf8', env: { ...process.env, FLAMEGATE_THREADS: '1' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/gzip data decompresses to more than 1073741824 bytes \(the limit; raise it with --max-decompressed-size\)/);
    const mb = Number(/peak (\d+)/.exec(r.stderr)?.[1]) / 1024;
    expect(mb).toBeLessThan(1500);
  }, 60_000);

  it.skipIf(process.platform !== 'linux')('is not inflated once a file before it has failed, on any thread', () => {
    // 512 MiB of zeros in 1 MiB gzip members. On two threads the worker takes files 0 and
    // 2: the first fails at once, and the bomb after it was inflated all the same (the
    // error reported is the first file's either way).
    const member = gzipSync(Buffer.alloc(1 << 20));
    const bomb = join(dir, 'later-bomb.gz');
    writeFileSync(bomb, Buffer.concat(Array.from({ length: 512 }, () => member)));
    const bad = join(dir, 'first-bad.bin');
    writeFileSync(bad, Buffer.from([0x0f, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x0e, 0x10, 0x11, 0x12]));
    const ok = join(ROOT, 'examples', 'go119', 'baseline-1.cpu.pb.gz');
    const r = spawnSync(process.execPath, ['--require', peak, CLI, 'compare', '--baseline', bad, '--baseline', ok, '--baseline', bomb, '--candidate', ok], { encoding: 'utf8', env: { ...process.env, FLAMEGATE_THREADS: '2' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^flamegate: baseline '.*first-bad\.bin': not a pprof protobuf/);
    const mb = Number(/peak (\d+)/.exec(r.stderr)?.[1]) / 1024;
    expect(mb).toBeLessThan(300);
  }, 60_000);
});

describe('format detection', () => {
  const perf = ['# ========', '# captured on: Mon Nov 30', '# ========', '#', 'prog 100 1.000: 1 cycles:', '\t4005d6 work+0x10 (/usr/bin/prog)', '\t400600 main+0x20 (/usr/bin/prog)', '', 'prog 100 1.001: 1 cycles:', '\t4005d6 work+0x10 (/usr/bin/prog)', '\t400600 main+0x20 (/usr/bin/prog)', ''];
  const functions = (text: string, name: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    const out = join(dir, `${name}.json`);
    const r = cli(['compare', '--baseline', file, '--candidate', file, '--json', out]);
    expect(r.status, r.stderr).toBe(0);
    return (JSON.parse(readFileSync(out, 'utf8')) as { functions: { name: string; baseline: { self: number; total: number } }[] }).functions.map((f) => [f.name, f.baseline.self, f.baseline.total]).sort();
  };

  it('reads perf script whose # header lines end in a CR alone as the same text with line feeds', () => {
    const lf = functions(perf.join('\n'), 'header-lf.perf');
    expect(lf).toEqual([['main', 0, 2], ['prog', 0, 2], ['work', 2, 2]]);
    expect(functions(perf.join('\r'), 'header-cr.perf')).toEqual(lf);
    expect(functions(`${perf.slice(0, 4).join('\r')}\r${perf.slice(4).join('\n')}`, 'header-mixed.perf')).toEqual(lf);
    expect(functions(perf.join('\r\n'), 'header-crlf.perf')).toEqual(lf);
  });
});

describe('folded stacks that start like JSON', () => {
  it('reads folded stacks whose first frame starts with [ or { as folded stacks', () => {
    for (const [name, text] of [['bracket.folded', '[unknown];main;foo 10\nmain;bar 5\n'], ['brace.folded', '{lambda()#1};main;foo 10\nmain;bar 5\n']]) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const out = join(dir, `${name}.json`);
      const r = cli(['compare', '--baseline', file, '--candidate', file, '--json', out]);
      expect(r.status, r.stderr).toBe(0);
      const report = JSON.parse(readFileSync(out, 'utf8')) as { baseline: { total: number; formats: string[] }; functions: { name: string }[] };
      expect(report.baseline.total).toBe(15);
      expect(report.baseline.formats).toEqual(['folded']);
      expect(report.functions.map((f) => f.name)).toContain(text.slice(0, text.indexOf(';')));
    }
  });
});

describe('perf script -F layouts', () => {
  const stack = '\t4005d6 work+0x10 (/usr/bin/prog)\n\t400600 main+0x20 (/usr/bin/prog)\n';
  const read = (name: string, headers: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, headers.map((h) => `${h}\n${stack}\n`).join(''));
    const out = join(dir, `${name}.json`);
    const r = cli(['compare', '--baseline', file, '--candidate', file, '--json', out]);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { sampleType: { type: string; unit: string }; baseline: { total: number; formats: string[] }; functions: { name: string; baseline: { self: number } }[] };
    return { type: `${report.sampleType.type}/${report.sampleType.unit}`, total: report.baseline.total, format: report.baseline.formats[0], work: report.functions.find((f) => f.name === 'work')?.baseline.self };
  };

  it('reads a header that ends with its time (no event field) as one event, each record one sample', () => {
    // -F comm,tid,time: the time had been taken for the event, a new event (a column) each record.
    expect(read('no-event.perf', ['prog  1234 100.000000: ', 'prog  1234 100.010000: ', 'prog  1234 100.020000: '])).toEqual({ type: 'samples/count', total: 3, format: 'perf-script', work: 3 });
  });

  it('reads the period before the event with no time, and a header with a period but no event as perf script', () => {
    // -F comm,tid,period,event: the period was read only after a time.
    expect(read('period-event.perf', ['prog  1234 3 cycles:', 'prog  1234 5 cycles:'])).toEqual({ type: 'cycles/cycles', total: 8, format: 'perf-script', work: 8 });
    // -F comm,tid,time,period: had been read as folded stacks, the header a function. With no
    // event the period's unit is unknown: each record is one sample.
    expect(read('time-period.perf', ['prog  1234 100.000000: 3', 'prog  1234 100.010000: 5'])).toEqual({ type: 'samples/count', total: 2, format: 'perf-script', work: 2 });
  });
});

describe('text that is not UTF-8', () => {
  it('says that names differing only in bytes that are not UTF-8 were read as one', () => {
    const file = join(dir, 'latin1.folded');
    writeFileSync(file, Buffer.from('main;caf\xe9 10\nmain;caf\xe8 20\nmain;na\xefve 5\n', 'latin1'));
    const out = join(dir, 'latin1.json');
    const r = cli(['compare', '--baseline', file, '--candidate', file, '--json', out]);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { notes: string[]; functions: { name: string; baseline: { self: number } }[] };
    expect(report.functions.find((f) => f.name === 'caf\ufffd')?.baseline.self).toBe(30);
    expect(report.notes.filter((n) => n.includes('not UTF-8'))).toEqual([`${file} and 1 more file: the text holds bytes that are not UTF-8, each read as U+FFFD: names that differ only there are one function (write the profile in UTF-8)`]);
    const utf8 = join(dir, 'utf8.folded');
    writeFileSync(utf8, 'main;café 10\nmain;cafè 20\n');
    const clean = cli(['compare', '--baseline', utf8, '--candidate', utf8, '--json', out]);
    expect(clean.status, clean.stderr).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { notes: string[] }).notes.filter((n) => n.includes('UTF-8'))).toEqual([]);
  });
});

describe('profiles of different kinds', () => {
  it('advises --sample-type only where both profiles have a type to pick', () => {
    const folded = join(dir, 'kinds.folded');
    writeFileSync(folded, 'main;work 10\n');
    const cpu = join(ROOT, 'examples', 'go119', 'baseline-1.cpu.pb.gz');
    const r = cli(['compare', '--baseline', cpu, '--candidate', folded]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/profiles of different kinds cannot be compared \(it has samples\/count; both have samples\/count: pick one with --sample-type\)\n$/);
    expect(cli(['compare', '--baseline', cpu, '--candidate', folded, '--sample-type', 'samples']).status).not.toBe(2);
  });
});

describe('a first run, without a baseline', () => {
  it('writes the Markdown report of the candidate alone, as it writes the others', () => {
    const out = join(dir, 'first.md');
    const r = cli(['compare', '--candidate', join(ROOT, 'examples', 'go119', 'candidate-1.cpu.pb.gz'), '--markdown', out]);
    expect(r.status, r.stderr).toBe(0);
    const markdown = readFileSync(out, 'utf8');
    expect(markdown).toMatch(/ℹ️ no-baseline/);
    // Nothing was tested: no noise line (it told of the runners differing from no runs).
    expect(markdown).not.toMatch(/Noise:/);
    expect(r.stdout).not.toMatch(/^noise:/m);
    expect(cli(['compare', '--candidate', 'x.pb.gz']).stderr).toBe('flamegate: missing --baseline: expected the baseline profile files or globs (without one, give --json, --markdown, --svg, --png or --html to report on the candidate alone)\n');
  });
});
