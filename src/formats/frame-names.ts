// What identifies a frame, as profilers print it. Profilers decorate names with things that
// change from run to run or build to build while the code stays the same: async-profiler's
// compilation tier (`_[j]` compiled, `_[i]` inlined, `_[0]` interpreted, `_[1]` C1), py-spy's
// and austin's line numbers, process and thread ids, Rust's symbol hash, C++ argument lists.
// Kept in a name, each makes the same function two functions and a run's code "new". The
// text importers (folded, perf script) pass every frame through here.

/** async-profiler's and stackcollapse's compilation-tier suffixes; `_[k]` (kernel) is kept: a function never moves between kernel and user space. */
const TIER = /_\[[ji01]\]$/;
/** Rust's legacy mangling hash (`::h67c9877e6f2a615c`), new with every build of changed code. */
const RUST_HASH = /::h[0-9a-f]{16}$/;
/** py-spy --subprocesses: `process 4242:"python bench.py"`. */
const PY_SPY_PROCESS = /^process \d+:(".*")$/;
/** py-spy --threads: `thread (0x7F3A2B1C0740)`, with `: "name"` when the thread has one. */
const PY_SPY_THREAD = /^thread \(0x[0-9a-fA-F]+\)(.*)$/;
/** async-profiler --threads: `[main tid=1234]`. */
const ASYNC_PROFILER_THREAD = /^\[(.*) tid=\d+\]$/;

/**
 * Returns the part of a frame name that identifies its code: the name without the
 * decorations above (`delete_[i]` is `delete`, `parse (bench.py:12)` is `parse (bench.py)`,
 * `thread (0x7F3A...)` is `thread`). Names without them come back unchanged.
 */
export function frameIdentity(name: string): string {
  // The cheap test first: most names end in a letter or digit and hold no decoration.
  const last = name.charCodeAt(name.length - 1);
  if (last === 0x5d /* ] */) {
    if (TIER.test(name)) return name.slice(0, -4);
    const thread = ASYNC_PROFILER_THREAD.exec(name);
    if (thread) return `[${thread[1]}]`;
    return name;
  }
  if (last === 0x29 /* ) */) {
    const line = withoutPySpyLine(name);
    if (line !== name) return line;
    const thread = PY_SPY_THREAD.exec(name);
    if (thread) return `thread${thread[1]}`;
    return name;
  }
  if (last === 0x22 /* " */) {
    const process = PY_SPY_PROCESS.exec(name);
    if (process) return `process ${process[1]}`;
    const thread = PY_SPY_THREAD.exec(name);
    return thread ? `thread${thread[1]}` : name;
  }
  if (RUST_HASH.test(name)) return name.slice(0, -19);
  if (last >= 0x30 && last <= 0x39) return withoutAustinLine(name);
  return name;
}

/** py-spy's `function (file:line)` as `function (file)`; other names unchanged. */
function withoutPySpyLine(name: string): string {
  const open = name.lastIndexOf(' (');
  const colon = name.lastIndexOf(':');
  if (open < 0 || colon < open + 2 || colon > name.length - 3) return name;
  for (let i = colon + 1; i < name.length - 1; i++) if (!isDigit(name.charCodeAt(i))) return name;
  const file = name.slice(open + 2, colon);
  if (file.includes('(') || file.includes(')')) return name;
  return `${name.slice(0, colon)})`;
}

/** austin's `file.py:function:line` as `file.py:function`; other names unchanged. */
function withoutAustinLine(name: string): string {
  const colon = name.lastIndexOf(':');
  if (colon < 0 || colon === name.length - 1) return name;
  for (let i = colon + 1; i < name.length; i++) if (!isDigit(name.charCodeAt(i))) return name;
  const before = name.lastIndexOf(':', colon - 1);
  if (before < 0 || !/\.py[cw]?$/.test(name.slice(Math.max(0, before - 4), before))) return name;
  return name.slice(0, colon);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The end of a JVM method descriptor: `(args)` and a return type (`V`, `I`, `[J`, `Ljava/lang/String;`). */
const JVM_DESCRIPTOR = /\([^()]*\)\[*(?:[VZBCSIJFD]|L[^();]*;)$/;

/** A JVM class and method as perf maps name them: `Lorg/mozilla/Foo;.call`. */
const JVM_METHOD = /^L?[\w/$]+;\.[\w$<>]+$/;

/** C++ qualifiers after an argument list (`&&` before `&`). */
const QUALIFIERS = ['const', 'volatile', '&&', '&', 'noexcept'];

/**
 * `name` without the C++ qualifiers and clone suffixes after its argument list (`const`,
 * `&&`, `[clone .cold]`), read from the end by index: linear (a regex over 66,000 ` const`
 * took 18 s).
 */
function withoutTrailer(name: string): string {
  let end = name.length;
  for (;;) {
    let e = end;
    while (e > 0 && isSpace(name.charCodeAt(e - 1))) e--;
    const qualifier = QUALIFIERS.find((q) => e - q.length > 0 && name.startsWith(q, e - q.length) && isSpace(name.charCodeAt(e - q.length - 1)));
    if (qualifier) {
      end = e - qualifier.length;
      continue;
    }
    if (e > 0 && name.charCodeAt(e - 1) === 0x5d /* ] */) {
      const open = name.lastIndexOf('[clone ', e - 1);
      if (open >= 0 && name.indexOf(']', open) === e - 1) {
        end = open;
        continue;
      }
    }
    return e === name.length ? name : name.slice(0, e);
  }
}

/** A space or a tab: what separates words of a frame line (folded.ts reads counts with it too). */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * Returns a demangled C++ (or C) name without its argument list: the last balanced
 * `(...)` at the end, with any qualifiers after it. Parentheses inside the name stay:
 * `std::_Function_handler<bool (int), main::{lambda(int)#1}>::_M_invoke(std::_Any_data const&)`
 * is `std::_Function_handler<bool (int), main::{lambda(int)#1}>::_M_invoke`, and
 * `(anonymous namespace)::Worker::run(int)` is `(anonymous namespace)::Worker::run`. Go's
 * `net/http.(*Client).Do` does not end in an argument list and stays whole. A JVM
 * signature (`Lorg/Foo;.call(Lorg/Bar;)V`) loses its descriptor, and a name cut short
 * inside its arguments (perf-map-agent's, unbalanced) everything from its first `(`, as
 * stackcollapse-perf.pl cuts every name. Linear in the name's length.
 */
export function withoutArguments(name: string): string {
  const trimmed = /[te&\]]$/.test(name) ? withoutTrailer(name) : name;
  if (JVM_DESCRIPTOR.test(trimmed)) return trimmed.slice(0, trimmed.lastIndexOf('('));
  const open = trimmed.indexOf('(');
  // A JVM method whose descriptor perf-map-agent cut short: `Lio/Foo;.read(Lio/Buf;)Lio/ne`.
  if (open > 0 && JVM_METHOD.test(trimmed.slice(0, open))) return trimmed.slice(0, open);
  if (!trimmed.endsWith(')')) {
    return open > 0 && !trimmed.includes(')', open) ? trimmed.slice(0, open) : name;
  }
  let depth = 0;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    const c = trimmed.charCodeAt(i);
    if (c === 0x29) depth++;
    else if (c === 0x28 && --depth === 0) {
      const head = trimmed.slice(0, i);
      // A name that is all parentheses (`(anonymous namespace)`, `(program)`) has no arguments;
      // nor has `Foo::operator()` when the demangler left the list out.
      if (head.trim() === '') return name;
      if (head.endsWith('operator')) return trimmed;
      return head.trimEnd();
    }
  }
  return name; // unbalanced: leave it as the profiler wrote it
}

/** Paths of the system (an interpreter, its standard library): the same on every machine, never in a checkout. */
const SYSTEM_PATH = /^\/(usr|lib|lib64|opt\/hostedtoolcache|nix\/store|System|Library)\//;

/**
 * The longest directory (ending in `/`) that every absolute path in `paths` lies under
 * (`file://` URLs read as their paths; system paths left out), or '' when there is none
 * but `/`. A profile names the scripts of its checkout by their full path: the same
 * bundle profiled in `/home/ci/a` and `/home/ci/b` is the same code.
 */
export function commonRoot(paths: Iterable<string>): string {
  let root: string | undefined;
  for (const raw of paths) {
    const path = raw.startsWith('file://') ? raw.slice(7) : raw;
    if (!path.startsWith('/') || SYSTEM_PATH.test(path)) continue;
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    if (root === undefined) root = dir;
    else if (!dir.startsWith(root)) {
      let i = 0;
      while (i < root.length && i < dir.length && root.charCodeAt(i) === dir.charCodeAt(i)) i++;
      root = root.slice(0, root.lastIndexOf('/', i - 1) + 1);
    }
  }
  return root !== undefined && root !== '/' ? root : '';
}

/** `path` (or `file://` URL) relative to `root` (see commonRoot) when it lies under it, else as it is. */
export function relativeTo(path: string, root: string): string {
  if (root === '') return path;
  const plain = path.startsWith('file://') ? path.slice(7) : path;
  return plain.startsWith(root) ? plain.slice(root.length) : path;
}
