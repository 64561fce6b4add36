// Attribution: when a callee's growth explains its callers' growth, lead with the callee
// (the function whose own cost grew) and list the callers as its path (DESIGN.md section 3).
import { walk, type AlignedTree } from './align';

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

/** How much of a flagged function's total ran under each flagged caller, per side (mean per run). */
export interface CallRelations {
  /** within.get(callee).get(caller): the callee's total inside the caller's subtrees. */
  within: Map<string, Map<string, { baseline: number; candidate: number }>>;
  /** Each function's total, per side. */
  totals: Map<string, { baseline: number; candidate: number }>;
}

/**
 * Returns, for each pair of `names`, how much of the callee's total ran below the caller,
 * on each side (as the comparison measures it: absolute, or shares when `share`). The
 * aligned tree holds the baseline's `baselineRuns` runs first, then the candidate's.
 */
export function findCallRelations(tree: AlignedTree, baselineRuns: number, names: Set<string>, share: boolean): CallRelations {
  const within = new Map<string, Map<string, { baseline: number; candidate: number }>>([...names].map((n) => [n, new Map()]));
  const totals = new Map([...names].map((n) => [n, { baseline: 0, candidate: 0 }]));
  const { runs } = tree;
  const candidateRuns = runs - baselineRuns;
  // Each run's weight: 1 / runs of its side, and 1 / its total for shares.
  const weights = tree.inclusive.map((inclusive, r) => (share ? (inclusive[0] !== 0 ? 1 / inclusive[0] : 0) : 1) / (r < baselineRuns ? baselineRuns : candidateRuns));
  const wanted = tree.names.map((n) => names.has(n));
  const onPath = new Int32Array(tree.names.length);
  const path: number[] = []; // wanted functions on the path, outermost first
  walk(tree, (node) => {
    const fn = tree.func[node];
    if (!(fn >= 0 && wanted[fn]) || onPath[fn]++ !== 0) return;
    // The outermost occurrence of fn on this path: its subtree is fn's total here.
    let baseline = 0;
    let candidate = 0;
    for (let r = 0; r < runs; r++) {
      const value = tree.inclusive[r][node] * weights[r];
      if (r < baselineRuns) baseline += value;
      else candidate += value;
    }
    const name = tree.names[fn];
    const total = totals.get(name)!;
    total.baseline += baseline;
    total.candidate += candidate;
    const byCaller = within.get(name)!;
    for (const above of path) {
      const caller = tree.names[above];
      const entry = byCaller.get(caller) ?? { baseline: 0, candidate: 0 };
      entry.baseline += baseline;
      entry.candidate += candidate;
      byCaller.set(caller, entry);
    }
    path.push(fn);
  }, (node) => {
    const fn = tree.func[node];
    if (fn >= 0 && wanted[fn] && --onPath[fn] === 0) path.pop();
  });
  return { within, totals };
}

/**
 * Groups flagged functions into findings. `growth` is each flagged function's increase.
 * A callee explains a caller when 80% or more of the caller's growth ran inside that
 * callee, or more than half did and the rest would not break the caller's rule by itself
 * (`wouldBreak`); the report then leads with the callee. Two exceptions keep the lead where a
 * reader acts on it: project code is preferred over library frames that explain it (the
 * seed's mutex example points at the caller of the lock, not at the lock), and a shared
 * helper whose growth all came from one caller (main.spin, grown only under
 * main.checksum) is that caller's detail. Details are listed as `into`.
 */
export function attributeGrowth(
  growth: Map<string, number>,
  relations: CallRelations,
  isLibrary: (name: string) => boolean,
  wouldBreak: (name: string, delta: number) => boolean = () => true,
): Finding[] {
  const names = [...growth.keys()].sort();
  const g = (name: string) => growth.get(name)!;
  const rel = (callee: string, caller: string) => relations.within.get(callee)?.get(caller);
  const grewInside = (caller: string, callee: string) => {
    const r = rel(callee, caller);
    return r ? r.candidate - r.baseline : 0;
  };
  // What remains of a caller's growth once the callee's is taken out: noise, unless it
  // would break the caller's rule by itself.
  const carries = (caller: string, part: number) => part >= EXPLAINS * g(caller) || (part > 0.5 * g(caller) && !wouldBreak(caller, g(caller) - part));
  const explains = (callee: string, caller: string) => callee !== caller && rel(callee, caller) !== undefined && carries(caller, grewInside(caller, callee));
  // The callee grew only inside this caller, and also runs elsewhere: the caller is the place.
  // A callee that did not run at all before (a check that now does work) runs nowhere else:
  // it is the cause.
  const detailOf = (callee: string, caller: string) => {
    const r = rel(callee, caller);
    const total = relations.totals.get(callee)?.baseline ?? 0;
    return explains(callee, caller) && grewInside(caller, callee) >= EXPLAINS * g(callee) && r !== undefined && total > 0 && total - r.baseline >= (1 - EXPLAINS) * total;
  };
  const largestFirst = (a: string, b: string) => g(b) - g(a) || (a < b ? -1 : 1);
  const project = names.filter((n) => !isLibrary(n));
  const library = names.filter((n) => isLibrary(n));

  // 1. Project leads: project functions that no other project function explains, except
  //    through details of their own.
  const candidates = project.filter((f) => project.every((c) => !explains(c, f) || detailOf(c, f)));
  const detailsOf = new Map(candidates.map((l) => [l, candidates.filter((c) => detailOf(c, l))]));
  const absorbed = new Set([...detailsOf.values()].flat());
  let leads = candidates.filter((l) => !absorbed.has(l));
  // A caller whose growth is the sum of several leads below it (main.main over two
  // independent regressions) is their path, not a cause of its own.
  const coveredBy = (f: string, others: string[]): string | undefined => {
    const below = others.filter((l) => l !== f && rel(l, f) !== undefined).sort((a, b) => grewInside(f, b) - grewInside(f, a));
    const taken: string[] = [];
    let sum = 0;
    for (const l of below) {
      if (taken.some((t) => rel(l, t) !== undefined || rel(t, l) !== undefined)) continue;
      taken.push(l);
      sum += grewInside(f, l);
    }
    return taken.length > 0 && carries(f, sum) ? taken[0] : undefined;
  };
  const covered = new Map<string, string>();
  for (const f of [...leads].sort(largestFirst)) {
    const owner = coveredBy(f, leads.filter((l) => !covered.has(l)));
    if (owner !== undefined) covered.set(f, owner);
  }
  leads = leads.filter((l) => !covered.has(l));
  const into = new Map<string, string[]>();
  for (const lead of leads) {
    // A detail's own details belong to the same lead.
    const found: string[] = [];
    for (let queue = [...detailsOf.get(lead)!]; queue.length > 0;) {
      const d = queue.shift()!;
      if (found.includes(d) || d === lead) continue;
      found.push(d);
      queue = queue.concat(detailsOf.get(d) ?? []);
    }
    into.set(lead, found);
  }
  const via = new Map<string, string[]>(leads.map((l) => [l, []]));
  for (const [f, owner] of covered) {
    via.get(owner)!.push(f);
    into.get(owner)!.push(...(into.get(f) ?? []));
    into.delete(f);
  }
  const placed = new Set([...into.values()].flat());
  for (const l of absorbed) if (!placed.has(l)) via.set(l, []); // a cycle of details
  const attach = (f: string, candidates: string[]) => {
    const owner = candidates.filter((l) => explains(l, f)).sort(largestFirst)[0];
    // A chain of 80% steps can fall below 80% overall: then f stands on its own.
    if (owner === undefined) via.set(f, []);
    else via.get(owner)!.push(f);
  };
  for (const f of project) if (!via.has(f) && !placed.has(f) && !covered.has(f)) attach(f, leads);
  // 2. Library functions: inside a project lead (their growth ran there) they are its
  //    detail; above one whose growth they carry, they are its path.
  const rest: string[] = [];
  for (const f of library) {
    const container = leads.filter((l) => grewInside(l, f) >= EXPLAINS * g(f)).sort((a, b) => g(a) - g(b) || (a < b ? -1 : 1))[0];
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
