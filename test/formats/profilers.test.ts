// What each common profiler writes, read as a newcomer's first profile would be: the format
// detected, the sample type pprof would pick, and the function that tops self.
import { describe, expect, it } from 'vitest';
import { computeFunctionValues } from '../../src/diff/align';
import { parseProfile } from '../../src/formats/detect';
import type { Profile } from '../../src/model/call-tree';
import { fixture, hasShared, loadFixture } from '../fixtures';

function topSelf(profile: Profile): string {
  const v = computeFunctionValues(profile.tree, profile.defaultSampleType);
  let best = 0;
  for (let fn = 1; fn < profile.tree.names.length; fn++) if (v.self[fn] > v.self[best]) best = fn;
  return profile.tree.names[best];
}

describe.skipIf(!hasShared)('every common profiler', () => {
  const cases: [string, string, string, string, string, string][] = [
    // profiler, directory, file, format, sample type, top self function
    ['Node (@datadog/pprof, wall)', 'pyroscope', 'nodejs-wall.pb.gz', 'pprof', 'wall/microseconds', './index.js:(anonymous):22'],
    ['Node (@datadog/pprof, heap)', 'pyroscope', 'nodejs-heap.pb.gz', 'pprof', 'inuse_space/bytes', './index.js:(anonymous):19'],
    ['Node (pprof, wall)', 'pyroscope', 'cpu-js.pb.gz', 'pprof', 'wall/microseconds', '(anonymous)'],
    ['Rust (pprof-rs)', 'pyroscope', 'profile_rust', 'pprof', 'cpu/nanoseconds', 'libunwind.rs:93 - backtrace::backtrace::libunwind::trace'],
    ['Java (async-profiler pprof)', 'pyroscope', 'profile_java', 'pprof', 'cpu/nanoseconds', 'java/io/UnixFileSystem.getNameMax0'],
    ['Java (JFR converted to pprof)', 'pyroscope', 'jfr-kafka-cpu-0.pb.gz', 'pprof', 'cpu/nanoseconds', 'java/util/regex/Pattern$Slice.match'],
    ['Java (collapsed)', 'flamegraph-gregg', 'perf-java-stacks-01-collapsed-all.txt', 'folded', 'samples/count', 'native_write_msr_safe_[k]'],
    ['Python (py-spy pprof)', 'pyroscope', 'pyspy-1.pb.gz', 'pprof', 'samples/count', 'work'],
    ['Python (pyroscope pprof)', 'pyroscope', 'profile_python', 'pprof', 'samples/count', 'lib/utility/utility.py:-1 - find_nearest_vehicle'],
    ['Ruby (rbspy pprof)', 'pyroscope', 'profile_ruby', 'pprof', 'samples/count', '(unknown):-1 - (unknown) [c function]'],
    ['.NET (pprof, 6 sample types)', 'pyroscope', 'dotnet.labels.pprof', 'pprof', 'lock_time/nanoseconds', 'System.Threading!PortableThreadPool.WorkerThread.WorkerThreadStart'],
    ['speedscope (sampled, two threads)', 'speedscope', 'speedscope__0.6.0__two-sampled.speedscope.json', 'speedscope', 'time/seconds', 'b'],
  ];
  for (const [profiler, dir, file, format, type, top] of cases) {
    it(`reads ${profiler}: ${file}`, () => {
      const profile = loadFixture(fixture(dir, file));
      const sampleType = profile.sampleTypes[profile.defaultSampleType];
      expect([profile.format, `${sampleType.type}/${sampleType.unit}`, topSelf(profile)]).toEqual([format, type, top]);
    });
  }

  it('reads austin (Python) folded output without its metadata lines and process/thread roots', () => {
    const profile = loadFixture(fixture('inferno', 'flamegraph__austin__flames.txt'));
    expect(profile.notes).toEqual([]);
    expect(profile.tree.names.some((n) => n.startsWith('#') || /^[PT]\d/.test(n))).toBe(false);
    expect(topSelf(profile)).toMatch(/:\d+$/); // austin frames are file:function:line
  });

  it('refuses the malformed .NET profile that go tool pprof also refuses, in one line', () => {
    // go tool pprof: "malformed profile: found function with reserved ID=0".
    expect(() => loadFixture(fixture('pyroscope', 'dotnet-pprof-73.pb.gz'))).toThrow(/^[^\n]*a function with the reserved id 0, expected ids from 1 \(go tool pprof refuses it too\)[^\n]*$/);
  });
});

describe('speedscope JSON', () => {
  const read = (json: unknown) => parseProfile(Buffer.from(JSON.stringify(json)), 'x');
  const frames = [{ name: 'main', file: 'app.py' }, { name: 'work' }, { name: 'parse' }];

  it('merges sampled profiles (threads) with their weights', () => {
    const profile = read({
      $schema: 'https://www.speedscope.app/file-format-schema.json',
      shared: { frames },
      profiles: [
        { type: 'sampled', name: 'MainThread', unit: 'milliseconds', startValue: 0, endValue: 10, samples: [[0, 1], [0, 1, 2], [0]], weights: [3, 5, 2] },
        { type: 'sampled', name: 'Worker', unit: 'milliseconds', startValue: 0, endValue: 10, samples: [[0, 2]], weights: [4] },
      ],
    });
    const v = computeFunctionValues(profile.tree, 0);
    const get = (n: string) => [v.self[profile.tree.names.indexOf(n)], v.total[profile.tree.names.indexOf(n)]];
    expect(profile.sampleTypes).toEqual([{ type: 'time', unit: 'milliseconds' }]);
    // A function is its name and file, as py-spy's raw output names it.
    expect(get('main (app.py)')).toEqual([2, 14]);
    expect(get('work')).toEqual([3, 8]);
    expect(get('parse')).toEqual([9, 9]);
    expect(profile.tree.files[profile.tree.names.indexOf('main (app.py)')]).toBe('app.py');
  });

  it('turns evented profiles (open and close events) into self time', () => {
    const profile = read({
      shared: { frames },
      profiles: [{ type: 'evented', name: 'x', unit: 'nanoseconds', startValue: 0, endValue: 10, events: [
        { type: 'O', frame: 0, at: 0 }, { type: 'O', frame: 1, at: 2 }, { type: 'O', frame: 2, at: 3 }, { type: 'C', frame: 2, at: 7 }, { type: 'C', frame: 1, at: 8 }, { type: 'C', frame: 0, at: 10 },
      ] }],
    });
    const v = computeFunctionValues(profile.tree, 0);
    const get = (n: string) => [v.self[profile.tree.names.indexOf(n)], v.total[profile.tree.names.indexOf(n)]];
    expect(get('main (app.py)')).toEqual([4, 10]);
    expect(get('work')).toEqual([2, 6]);
    expect(get('parse')).toEqual([4, 4]);
  });

  it('explains a broken file in one line', () => {
    const error = (json: unknown) => {
      try {
        read(json);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(error({ shared: { frames }, profiles: [{ type: 'sampled', unit: 'none', samples: [[7]] }] })).toBe("x: a broken speedscope file: profile 0 sample 0 names frame 7, but there are 3 frames");
    expect(error({ shared: { frames }, profiles: [{ type: 'evented', unit: 'none', events: [{ type: 'O', frame: 0, at: 0 }, { type: 'C', frame: 1, at: 1 }] }] })).toBe('x: a broken speedscope file: profile 0 event 1 closes a frame that is not the innermost open one');
    expect(error({ shared: { frames }, profiles: [{ type: 'flat', unit: 'none' }] })).toBe('x: a broken speedscope file: profile 0 has type \'flat\', expected "sampled" or "evented"');
    // A hostile value is shown cut, without its escape sequences.
    const hostile = error({ shared: { frames }, profiles: [{ type: `\u001b[31m${'x'.repeat(100_000)}`, unit: 'none' }] });
    expect(hostile.length).toBeLessThan(400);
    expect(hostile).not.toContain('\u001b');
    expect(error({ shared: {}, profiles: [] })).toBe('x: a broken speedscope file: "shared.frames" is not a list');
  });
});
