// Attribution: when a callee's growth explains its callers' growth, lead with the callee
// (the function whose own cost grew) and list the callers as its path (DESIGN.md section 3).
import { childIndex, type CallTree } from '../model/call-tree';

/** A function the report leads with, and the flagged functions its growth explains. */
export interface Finding {
  function: string;
  /** Flagged callers whose growth this one explains, nearest first. */
  callers: string[];
  /** Flagged library callees (runtime, standard library) that carry the growth below it. */
  into: string[];
}

/** Share of a caller's growth a callee must carry to explain it. */
const EXPLAINS = 0.8;

/**
 * Returns, for each of `names`, the others of `names` that appear above it (its callers,
 * direct or not) on some stack of the trees.
 */
export function findCallers(trees: CallTree[], names: Set<string>): Map<string, Set<string>> {
  const callers = new Map<string, Set<string>>([...names].map((n) => [n, new Set<string>()]));
  for (const tree of trees) {
    const wanted = tree.names.map((n) => names.has(n));
    const { start, list } = childIndex(tree.parent);
    const path: number[] = []; // functions of `names` on the current path
    const stack: { node: number; exit: boolean }[] = [{ node: 0, exit: false }];
    while (stack.length > 0) {
      const { node, exit } = stack.pop()!;
      const fn = tree.func[node];
      const marked = fn >= 0 && wanted[fn];
      if (exit) {
        if (marked) path.pop();
        continue;
      }
      if (marked) {
        const set = callers.get(tree.names[fn])!;
        for (const above of path) if (above !== fn) set.add(tree.names[above]);
        path.push(fn);
      }
      stack.push({ node, exit: true });
      for (let i = start[node]; i < start[node + 1]; i++) stack.push({ node: list[i], exit: false });
    }
  }
  return callers;
}

/**
 * Groups flagged functions into findings. `growth` is each flagged function's increase;
 * `callers` comes from findCallers. A function whose growth is carried (80% or more) by a
 * flagged callee is listed under that callee; project code is preferred over library
 * frames that explain it, which are listed as `into` (the seed's mutex example points at
 * the caller of the lock, not at the lock).
 */
export function attributeGrowth(
  growth: Map<string, number>,
  callers: Map<string, Set<string>>,
  isLibrary: (name: string) => boolean,
): Finding[] {
  const names = [...growth.keys()].sort();
  const g = (name: string) => growth.get(name)!;
  const below = (callee: string, caller: string) => callers.get(callee)?.has(caller) ?? false;
  // `callee` explains `caller` when it runs below it and carries most of its growth.
  const explains = (callee: string, caller: string) => callee !== caller && below(callee, caller) && g(callee) >= EXPLAINS * g(caller);
  const largestFirst = (a: string, b: string) => g(b) - g(a) || (a < b ? -1 : 1);
  const project = names.filter((n) => !isLibrary(n));
  const library = names.filter((n) => isLibrary(n));

  // 1. Project leads: project functions no other project function explains.
  const leads = project.filter((f) => !project.some((c) => explains(c, f)));
  const via = new Map<string, string[]>(leads.map((l) => [l, []]));
  const into = new Map<string, string[]>(leads.map((l) => [l, []]));
  const attach = (f: string, candidates: string[]) => {
    const owner = candidates.filter((l) => explains(l, f)).sort(largestFirst)[0];
    // A chain of 80% steps can fall below 80% overall: then f stands on its own.
    if (owner === undefined) via.set(f, []);
    else via.get(owner)!.push(f);
  };
  for (const f of project) if (!via.has(f)) attach(f, leads);
  // 2. Library functions: inside a project lead (below it, growth contained) they are its
  //    detail; above one whose growth it carries, they are its path.
  const rest: string[] = [];
  for (const f of library) {
    const container = leads.filter((l) => below(f, l) && g(l) >= EXPLAINS * g(f)).sort((a, b) => g(a) - g(b) || (a < b ? -1 : 1))[0];
    const owner = leads.filter((l) => explains(l, f)).sort(largestFirst)[0];
    if (container !== undefined) into.get(container)!.push(f);
    else if (owner !== undefined) via.get(owner)!.push(f);
    else rest.push(f);
  }
  // 3. The remaining library functions (runtime work no project code explains) group
  //    among themselves the same way.
  const restLeads = rest.filter((f) => !rest.some((c) => explains(c, f)));
  for (const l of restLeads) via.set(l, []);
  for (const f of rest) if (!restLeads.includes(f)) attach(f, restLeads);
  return [...via.keys()].sort(largestFirst).map((f) => ({
    function: f,
    callers: via.get(f)!.sort((a, b) => g(a) - g(b) || (a < b ? -1 : 1)),
    into: (into.get(f) ?? []).sort(largestFirst),
  }));
}

const LIBRARY_PATTERNS = [
  // Go standard library and runtime: an import path without a dot in its first element.
  /^(?!main\.)[a-z][a-z0-9_]*(\/[a-z0-9_]+)*\.[^/]*$/,
  /^(java|javax|jdk|sun|com\/sun)[/.]/, // JVM
  /^(std|core|alloc)::|^<(std|core|alloc)::/, // Rust
  /^\((garbage collector|program|idle|root)\)$/, // V8
  /_\[k\]$|\[kernel\.kallsyms\]|^(__libc_|_dl_|__memcpy|__memmove|malloc$|free$|memcpy|memmove|memset)/, // kernel, libc
];

/** True for runtime, standard library and kernel frames, which explain less than the project's own code. */
export function isLibraryFunction(name: string, file = ''): boolean {
  if (/^node:|^internal\/|\/lib\/python[0-9.]*\/|^<frozen /.test(file)) return true;
  return LIBRARY_PATTERNS.some((p) => p.test(name));
}
