import { describe, expect, it } from 'vitest';
import { alignTrees } from '../../src/diff/align';
import { findLibraryFunctions, isLibraryFunction } from '../../src/explain/library-frames';
import { tryParsePerfScript } from '../../src/formats/perf-script';

describe('library frames', () => {
  it('knows standard and system code by its namespace when the profile gives only names', () => {
    for (const name of [
      'runtime.mallocgc', 'encoding/json.Marshal', 'sync.(*Mutex).Lock', 'crypto/sha256.block', 'strings.Fields', 'slices.SortFunc[go.shape.int]',
      'internal/poll.(*FD).Read', 'vendor/golang.org/x/net/http2/hpack.HuffmanDecode',
      'java/util/HashMap.get', 'std::io::read', 'sys_write_[k]', '(garbage collector)',
      '__GI___libc_write', '__libc_start_main', '_IO_file_xsputn', '__memmove_avx_unaligned_erms', '_int_malloc', 'malloc',
    ]) {
      expect(isLibraryFunction(name), name).toBe(true);
    }
    for (const name of [
      'main.encodeJSON', 'shop.tokenize', 'shop.(*Cart).Add', 'github.com/acme/app.(*Server).Handle', 'kafka/log/UnifiedLog.append',
      'tokenize', 'app::render', 'writeLog', 'Array.prototype.map',
    ]) {
      expect(isLibraryFunction(name), name).toBe(false);
    }
  });

  it('goes by the source file where the profile names one', () => {
    expect(isLibraryFunction('readFile', 'node:fs')).toBe(true);
    expect(isLibraryFunction('emit', 'node:events')).toBe(true);
    expect(isLibraryFunction('parse', 'file:///home/dev/app/node_modules/yaml/dist/index.js')).toBe(true);
    expect(isLibraryFunction('parse', 'file:///home/dev/app/src/parse.js')).toBe(false);
    expect(isLibraryFunction('loads', '/usr/lib/python3.11/json/__init__.py')).toBe(true);
    expect(isLibraryFunction('get', '/home/dev/.venv/lib/python3.12/site-packages/requests/api.py')).toBe(true);
    expect(isLibraryFunction('loads (/usr/lib/python3.11/json/__init__.py:346)')).toBe(true); // py-spy's raw frames
    expect(isLibraryFunction('fold', '/rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library/core/src/iter/traits/iterator.rs')).toBe(true);
    // Go: GOROOT anywhere (setup-go's tool cache too), -trimpath's forms, the module cache.
    expect(isLibraryFunction('runtime.mallocgc', '/usr/local/go/src/runtime/malloc.go')).toBe(true);
    expect(isLibraryFunction('strings.Fields', '/opt/hostedtoolcache/go/1.22.1/x64/src/strings/strings.go')).toBe(true);
    expect(isLibraryFunction('crypto/sha256.block', '/usr/lib/go-1.19/src/crypto/sha256/sha256block_amd64.s')).toBe(true);
    expect(isLibraryFunction('strings.Fields', 'strings/strings.go')).toBe(true);
    expect(isLibraryFunction('runtime.main', '$GOROOT/src/runtime/proc.go')).toBe(true);
    expect(isLibraryFunction('github.com/x/y.F', '/home/dev/go/pkg/mod/github.com/x/y@v1.2.3/y.go')).toBe(true);
    expect(isLibraryFunction('github.com/x/y.F', 'github.com/x/y@v1.2.3/y.go')).toBe(true);
    // A project's own Go files, whatever its module is called (and even in a GOPATH src/).
    expect(isLibraryFunction('shop.tokenize', '/home/dev/shop/tokenize.go')).toBe(false);
    expect(isLibraryFunction('github.com/acme/app.Handle', '/home/dev/go/src/github.com/acme/app/handle.go')).toBe(false);
    expect(isLibraryFunction('sort.byName', '/home/dev/tool/sort/sort.go')).toBe(false);
  });

  it('goes by the binary or shared library a frame ran in (perf\'s DSO)', () => {
    expect(isLibraryFunction('write_all', '', '/usr/lib/x86_64-linux-gnu/libc.so.6')).toBe(true);
    expect(isLibraryFunction('clear_page_erms', '', '[kernel.kallsyms]')).toBe(true);
    expect(isLibraryFunction('__vdso_clock_gettime', '', '[vdso]')).toBe(true);
    expect(isLibraryFunction('operator new', '', '/opt/conda/lib/libstdc++.so.6.0.32')).toBe(true);
    expect(isLibraryFunction('main', '', '/home/dev/c/prog')).toBe(false);
    expect(isLibraryFunction('main', '', '/usr/local/bin/prog')).toBe(false);
    expect(isLibraryFunction('_PyEval_EvalFrameDefault', '', '/usr/bin/python3.11')).toBe(true);
    expect(isLibraryFunction('render', '', '/home/dev/app/build/librender.so')).toBe(false);
  });

  it('reads the DSO from perf script and finds the library frames of an aligned profile', () => {
    const text = [
      'prog 4242 1.000001: 1000000 cpu-clock:ppp: ',
      '\t7f0000001000 write_all+0x10 (/usr/lib/x86_64-linux-gnu/libc.so.6)',
      '\t555500001000 writeLog+0x20 (/home/dev/c/prog)',
      '\t555500002000 main+0x30 (/home/dev/c/prog)',
      '',
    ].join('\n');
    const parsed = tryParsePerfScript(text);
    if ('reason' in parsed) throw new Error(parsed.reason);
    const tree = alignTrees([{ source: 'perf', profile: parsed.profile, typeIndex: 0, scale: 1 }], []);
    expect(tree.modules[tree.names.indexOf('write_all')]).toBe('/usr/lib/x86_64-linux-gnu/libc.so.6');
    expect([...findLibraryFunctions(tree, ['write_all', 'writeLog', 'main'])]).toEqual(['write_all']);
  });
});
