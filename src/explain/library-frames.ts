// Library frames: runtime, standard library, third-party packages, system libraries and the
// kernel, which explain a regression less well than the project's own code that called
// them (DESIGN.md section 3, Attribution). Told by what the profile says where it says
// something: the source file (Go's GOROOT and module cache, Node's `node:` urls and
// node_modules, Python's lib/pythonX and site-packages, Rust's /rustc/ sources) and the
// binary or shared library a frame ran in (perf's DSO: libc.so.6, [kernel.kallsyms]).
// Names decide only where the profile says neither (folded stacks), and then only by a
// name's known namespace (Go's standard library packages, glibc's internal prefixes, JVM
// and Rust standard packages), never by its shape: a Go module may have no dot in its path
// (`go mod init shop` makes `shop.tokenize`).
import type { AlignedTree } from '../diff/align';

/**
 * First elements of the Go standard library's import paths (`go list std`, Go 1.19 to
 * 1.24): `crypto` covers crypto/sha256, `vendor` GOROOT's vendored golang.org/x packages.
 */
const GO_STD = new Set([
  'archive', 'bufio', 'bytes', 'cmp', 'compress', 'container', 'context', 'crypto', 'database', 'debug', 'embed',
  'encoding', 'errors', 'expvar', 'flag', 'fmt', 'go', 'hash', 'html', 'image', 'index', 'internal', 'io', 'iter',
  'log', 'maps', 'math', 'mime', 'net', 'os', 'path', 'plugin', 'reflect', 'regexp', 'runtime', 'slices', 'sort',
  'strconv', 'strings', 'structs', 'sync', 'syscall', 'testing', 'text', 'time', 'unicode', 'unique', 'unsafe',
  'vendor', 'weak',
]);

/** Standard and system code known by its name alone. */
const LIBRARY_NAMES = [
  /^(java|javax|jdk|sun|com\/sun)[/.]/, // JVM
  /^(std|core|alloc)::|^<(std|core|alloc)::|^__gnu_cxx::|^__cxxabiv1::|^__cxa_|^_Unwind_/, // Rust and C++ standard libraries
  /^\((garbage collector|program|idle|root)\)$/, // V8's pseudo-frames
  /_\[k\]$|\[kernel\.kallsyms\]/, // kernel frames, as perf and stackcollapse-perf mark them
  // glibc: its internal aliases (__GI_), its stdio (_IO_), allocator, dynamic loader, locks,
  // the start of every process, and the CPU-specific string functions (__memmove_avx_unaligned_erms).
  /^(__GI_|__libc_|_IO_|_dl_|__lll_|__pthread_|__futex|_int_(malloc|free|realloc|memalign)$|__(mem|str|stp|wmem|wcs|rawmem)[a-z]*_(avx|sse|evex|erms|ssse|unaligned)|__clone\d*$|start_thread$|_start$|__libc_start)/,
  /^(malloc|free|calloc|realloc|memcpy|memmove|memset|memcmp|strlen|strcmp)$/,
];

/** Source files of runtimes, standard libraries and third-party packages. */
const LIBRARY_FILES = [
  /^node:|^internal\/|(^|\/)node_modules\//, // Node's own modules and npm packages
  /\/lib\/python[0-9.]*\/|\/(site|dist)-packages\/|^<frozen /, // Python's standard library and packages
  /^\/rustc\/[0-9a-f]+\/|\/\.cargo\/(registry|git)\//, // Rust's standard library and crates
  /^\/usr\/include\//, // C and C++ system headers (inlined standard library code)
];

/**
 * Binaries and shared libraries of the system: the kernel, the vDSO, V8's built-ins (a V8
 * profile's frames without a script: `Array.prototype.push`, `Map.prototype.set`), the system's library
 * and program folders (an interpreter's own frames count as its runtime; /usr/local/bin,
 * where a container often puts the program itself, does not), and the C and C++ runtimes
 * wherever a container put them.
 */
const SYSTEM_MODULES = /^\[(kernel\.[\w.]+|vdso|vsyscall|vectors|v8)\]$|^(\/usr)?\/(lib|lib32|lib64|libx32|bin|sbin)\/|^\/usr\/local\/lib[^/]*\/|^\/System\/|(^|\/)(libc|libm|libpthread|libdl|librt|libstdc\+\+|libc\+\+|libc\+\+abi|libgcc_s|ld-linux[^/]*|ld-musl[^/]*)[.-][^/]*$/;

/**
 * The import path of a Go function name (`crypto/sha256` of `crypto/sha256.block`, `main`
 * of `main.(*T).M`), or undefined when the name is not shaped like one. As Go splits them:
 * the path runs to the first dot after its last slash; type arguments (`F[go.shape.int]`)
 * name other packages and are left out.
 */
function goPackage(name: string): string | undefined {
  const base = name.replace(/\[.*$/, '');
  const dot = base.indexOf('.', base.lastIndexOf('/') + 1);
  const path = dot > 0 ? base.slice(0, dot) : '';
  return /^[a-z][\w.-]*(\/[\w.~-]+)*$/.test(path) ? path : undefined;
}

const isGoStd = (path: string) => GO_STD.has(path.split('/')[0]);

/**
 * What a Go source file says: library when it is the standard library's (under a GOROOT's
 * src/<package>/, `$GOROOT/`, or `<package>/` as -trimpath writes it) or a dependency's
 * (module cache, `module@version/` under -trimpath, a vendor folder); else the project's.
 */
function isGoLibraryFile(file: string, name: string): boolean {
  if (/\/pkg\/mod\/|@v[0-9]|(^|\/)vendor\/|^\$GOROOT\//.test(file)) return true;
  const path = goPackage(name);
  if (path === undefined || !isGoStd(path)) return false;
  // The file may be another std package's: reflect.unsafe_New is runtime/malloc.go's (linkname).
  const under = /(?:^|\/src\/)([a-z][\w]*)\/[^/]+(\/[^/]+)*$/.exec(file);
  return file.includes(`/src/${path}/`) || file.startsWith(`${path}/`) || (under !== null && isGoStd(under[1]));
}

/**
 * True for runtime, standard library, third-party and system frames, which explain less
 * than the project's own code. `file` is the source file the profile names for the
 * function and `module` the binary or shared library it ran in ('' when unknown).
 */
export function isLibraryFunction(name: string, file = '', module = ''): boolean {
  // py-spy's raw frames carry their file in the name: `loads (/usr/lib/python3.11/json/__init__.py)`.
  const where = file || (/ \(([^()]+\.py[cw]?)(?::\d+)?\)$/.exec(name)?.[1] ?? '');
  if (module !== '' && SYSTEM_MODULES.test(module)) return true;
  if (LIBRARY_FILES.some((p) => p.test(where))) return true;
  // A Go file says which side it is on, both ways (the module `shop` is the project's).
  if (/\.(go|s)$/.test(where) && goPackage(name) !== undefined) return isGoLibraryFile(where, name);
  if (LIBRARY_NAMES.some((p) => p.test(name))) return true;
  const path = goPackage(name);
  return path !== undefined && isGoStd(path);
}

/** Returns which of `names` are library frames, by the file and module the aligned runs give each. */
export function findLibraryFunctions(tree: AlignedTree, names: Iterable<string>): Set<string> {
  const wanted = new Set(names);
  const library = new Set<string>();
  tree.names.forEach((name, fn) => {
    if (wanted.has(name) && isLibraryFunction(name, tree.files[fn], tree.modules[fn])) library.add(name);
  });
  return library;
}
