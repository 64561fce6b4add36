// Attribution: when a callee's growth explains its callers' growth, lead with the callee
// (the function whose own cost grew) and list the callers as its path; when a shared
// callee grew only under one caller, lead with that caller (DESIGN.md section 3, issue 13).
import { walk, type AlignedTree } from '../diff/align';
import type { Measure } from '../model/measure';

/** A function the report leads with, and the flagged functions its growth explains. */
export interface Finding {
  function: string;
  /** Flagged callers whose growth this one explains, nearest first. */
  callers: string[];
  /** Flagged callees that carry its growth below it: library frames, and shared helpers that grew only under it. */
  into: string[];
}

/** Share of a caller's growth a callee must carry to explain it (and of a callee's growth that must run under a caller to make it that caller's detail). */
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
 * on each side, in the comparison's measure (absolute, or shares of each run's total).
 */
export function findCallRelations(tree: AlignedTree, names: Set<string>, measure: Measure): CallRelations {
  const within = new Map<string, Map<string, { baseline: number; candidate: number }>>([...names].map((n) => [n, new Map()]));
  const totals = new Map([...names].map((n) => [n, { baseline: 0, candidate: 0 }]));
  const { runs, baselineRuns } = tree;
  const candidateRuns = runs - baselineRuns;
  // Each run's weight: 1 / runs of its side, and 1 / its total for shares.
  const weights = tree.inclusive.map((inclusive, r) => measure.runScale(inclusive[0]) / (r < baselineRuns ? baselineRuns : candidateRuns));
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

/** What attributeGrowth needs beside the call relations. */
export interface AttributionOptions {
  /** True for library frames (see library-frames.ts); default: none. */
  isLibrary?: (name: string) => boolean;
  /** Would this much growth (in the rules' measure) of the function still break one of the rules it broke? Default: yes. */
  wouldBreak?: (name: string, delta: number) => boolean;
  /** The runner drift the rules divided out of the function's candidate values (1 = none, the default). */
  drift?: (name: string) => number;
  /**
   * The profile's runner drift (all parts, see drift.ts; 1 = none, the default): what is
   * left of a caller's growth outside the callees that explain it ran in code they did not
   * touch, and is judged with it divided out (a caller of most of the profile has no drift
   * of its own, and a runner 20% slower made its rest look like a second regression).
   */
  profileDrift?: number;
  /** True for a function that holds so much of the profile that its change could not be told from a runner's drift (judged raw); ranked after the others. */
  wholeProfile?: (name: string) => boolean;
}

/**
 * Groups the `flagged` functions into findings. Their growth is measured here, from the
 * call relations, with each function's drift divided out of its candidate side, so that a
 * function's growth and the parts of it that ran in its callees are one measure.
 * A callee explains a caller when 80% or more of the caller's growth ran inside that
 * callee, or more than half did and the rest would not break the caller's rule by itself
 * (`wouldBreak`); the report then leads with the callee, and the callers are its path.
 * Growth then moves up to the function that changed: a function whose growth all ran under
 * one caller, while it also runs elsewhere without growing (main.spin, grown only under
 * main.checksum; main.decode and main.hash, called twice as often by main.handleRequest),
 * is that caller's detail, listed as `into`. Project code is preferred over library frames
 * that explain it (the seed's mutex example points at the caller of the lock, not at the
 * lock).
 */
export function attributeGrowth(flagged: Iterable<string>, relations: CallRelations, options: AttributionOptions = {}): Finding[] {
  const { isLibrary = () => false, wouldBreak = () => true, drift = () => 1, wholeProfile = () => false, profileDrift = 1 } = options;
  const names = [...new Set(flagged)].sort();
  const rel = (callee: string, caller: string) => relations.within.get(callee)?.get(caller);
  // Each function's callees and callers among the relations, so that a step reads only the
  // functions related to it: every step over all pairs made 4,000 flagged functions 1.2 s.
  const calleesOf = new Map<string, string[]>();
  for (const [callee, byCaller] of relations.within) {
    for (const caller of byCaller.keys()) {
      const list = calleesOf.get(caller);
      if (list) list.push(callee);
      else calleesOf.set(caller, [callee]);
    }
  }
  const callersOf = (callee: string) => [...(relations.within.get(callee)?.keys() ?? [])];
  /** Each name's place in a list, for among. */
  const indexOf = (list: string[]) => new Map(list.map((name, i) => [name, i]));
  /** The functions of `related` in the list `index` was made of, in the list's order (sums and ties come out as a scan of the list gave them). */
  const among = (related: string[] | undefined, index: Map<string, number>): string[] =>
    (related ?? []).filter((name) => index.has(name)).sort((a, b) => index.get(a)! - index.get(b)!);
  const growth = new Map(names.map((n) => {
    const t = relations.totals.get(n);
    return [n, t ? t.candidate / drift(n) - t.baseline : 0];
  }));
  const g = (name: string) => growth.get(name)!;
  // The part of a callee's growth that ran inside a caller, in the caller's measure.
  const grewInside = (caller: string, callee: string) => {
    const r = rel(callee, caller);
    return r ? r.candidate / drift(caller) - r.baseline : 0;
  };
  const baselineTotal = (name: string) => relations.totals.get(name)?.baseline ?? 0;
  // What remains of a caller's growth once the callee's is taken out: noise, unless it
  // would break the caller's rule by itself.
  // `part` is the growth of `callees` inside the caller, in the caller's measure. They
  // carry it when they hold 80% of its growth, or more than half and the rest would not
  // break its rule by itself: in the caller's measure, or in the profile's (its drift
  // divided out of the caller and the callees alike), whichever the callees carry.
  const carriesIn = (grown: number, part: number, caller: string) =>
    part > 0 && (part >= EXPLAINS * grown || (part > 0.5 * grown && !wouldBreak(caller, grown - part)));
  const carries = (caller: string, callees: string[], part: number) => {
    if (carriesIn(g(caller), part, caller)) return true;
    const t = relations.totals.get(caller);
    if (!t || profileDrift === 1) return false;
    let inside = 0;
    for (const c of callees) {
      const r = rel(c, caller);
      if (r) inside += r.candidate / profileDrift - r.baseline;
    }
    return carriesIn(t.candidate / profileDrift - t.baseline, inside, caller);
  };
  const explains = (callee: string, caller: string) => callee !== caller && rel(callee, caller) !== undefined && carries(caller, [callee], grewInside(caller, callee));
  // The callee grew only inside this caller and also runs elsewhere (a fifth of its
  // baseline or more): the caller changed. A callee that did not run at all before (a
  // check that now does work) runs nowhere else: it is the cause.
  // Both in the callee's measure (its own drift): the share of its growth under the caller.
  const detailOf = (callee: string, caller: string) => {
    const r = rel(callee, caller);
    const total = baselineTotal(callee);
    return callee !== caller && r !== undefined && g(callee) > 0 && r.candidate / drift(callee) - r.baseline >= EXPLAINS * g(callee) && total > 0 && total - r.baseline >= (1 - EXPLAINS) * total;
  };
  const largestFirst = (a: string, b: string) => g(b) - g(a) || (a < b ? -1 : 1);
  const library = names.filter((n) => isLibrary(n));
  const project = names.filter((n) => !isLibrary(n));

  const projectIndex = indexOf(project);
  // 1. Where project growth starts: functions no other project function explains.
  const sources = project.filter((f) => !among(calleesOf.get(f), projectIndex).some((c) => explains(c, f)));
  // 2. Each source's lead: up through the callers it is a detail of, the nearest each step
  //    (the one whose growth ran inside all the others: with recursion each runs inside
  //    the other somewhere), until a function is nobody's detail.
  const into = new Map<string, string[]>();
  for (const source of sources) {
    const walked = [source];
    for (;;) {
      const current = walked[walked.length - 1];
      const up = among(callersOf(current), projectIndex).filter((y) => !walked.includes(y) && detailOf(current, y));
      if (up.length === 0) break;
      const nearest = up.find((y) => up.every((o) => o === y || grewInside(o, y) >= EXPLAINS * g(y)));
      walked.push(nearest ?? up.sort((a, b) => baselineTotal(a) - baselineTotal(b) || (a < b ? -1 : 1))[0]);
    }
    const lead = walked.pop()!;
    into.set(lead, [...new Set([...(into.get(lead) ?? []), ...walked])]);
  }
  // A walk stopped by a cycle of details can end on another walk's detail: it stays a lead.
  for (const [lead, details] of into) into.set(lead, details.filter((d) => !into.has(d)));
  let leads = [...into.keys()];
  // 3. A caller whose growth is the sum of several leads below it (main.main over two
  //    independent regressions) is their path, not a cause of its own. A lead with details
  //    is a cause by itself (it calls them more), so it is never such a path.
  const coveredBy = (f: string, others: Map<string, number>): string | undefined => {
    const below = among(calleesOf.get(f), others).filter((l) => l !== f).sort((a, b) => grewInside(f, b) - grewInside(f, a));
    const taken: string[] = [];
    let sum = 0;
    for (const l of below) {
      if (taken.some((t) => rel(l, t) !== undefined || rel(t, l) !== undefined)) continue;
      taken.push(l);
      sum += grewInside(f, l);
    }
    return taken.length > 0 && carries(f, taken, sum) ? taken[0] : undefined;
  };
  const covered = new Map<string, string>();
  const uncovered = indexOf(leads);
  for (const f of [...leads].sort(largestFirst)) {
    if (into.get(f)!.length > 0) continue;
    const owner = coveredBy(f, uncovered);
    if (owner !== undefined) {
      covered.set(f, owner);
      uncovered.delete(f);
    }
  }
  // A lead covered f while it was one, and a smaller lead below may have covered it since
  // (main.main over handleRequest and compress, handleRequest over parseJSON and
  // renderHTML): f goes where its owner went. An owner was never covered when it took f,
  // so these chains end.
  for (const [f, owner] of covered) {
    let last = owner;
    while (covered.has(last)) last = covered.get(last)!;
    covered.set(f, last);
  }
  leads = leads.filter((l) => !covered.has(l));
  for (const f of covered.keys()) into.delete(f);
  const via = new Map<string, string[]>(leads.map((l) => [l, []]));
  for (const [f, owner] of covered) via.get(owner)!.push(f);
  // 4. The other project functions: the path of a lead that explains them, else inside a
  //    lead that holds their growth (between a lead and its detail), else on their own (a
  //    chain of 80% steps can fall below 80% overall).
  const placed = new Set([...leads, ...covered.keys(), ...[...into.values()].flat()]);
  const leadIndex = indexOf(leads);
  const containerOf = (f: string) => among(callersOf(f), leadIndex).filter((l) => grewInside(l, f) > 0 && grewInside(l, f) >= EXPLAINS * g(f)).sort((a, b) => g(a) - g(b) || (a < b ? -1 : 1))[0];
  const ownerOf = (f: string, candidates: Map<string, number>) => among(calleesOf.get(f), candidates).filter((l) => explains(l, f)).sort(largestFirst)[0];
  for (const f of project) {
    if (placed.has(f)) continue;
    const owner = ownerOf(f, leadIndex);
    const container = owner === undefined ? containerOf(f) : undefined;
    if (owner !== undefined) via.get(owner)!.push(f);
    else if (container !== undefined) into.get(container)!.push(f);
    else via.set(f, []);
  }
  // 5. Library functions: inside a project lead (their growth ran there) they are its
  //    detail; above one whose growth they carry, they are its path.
  const rest: string[] = [];
  for (const f of library) {
    const container = containerOf(f);
    const owner = ownerOf(f, leadIndex);
    if (container !== undefined) into.get(container)!.push(f);
    else if (owner !== undefined) via.get(owner)!.push(f);
    else rest.push(f);
  }
  // 6. The remaining library functions (runtime work no project code explains) group
  //    among themselves the same way.
  const restIndex = indexOf(rest);
  const restLeads = rest.filter((f) => !among(calleesOf.get(f), restIndex).some((c) => explains(c, f)));
  const restLeadIndex = indexOf(restLeads);
  for (const l of restLeads) via.set(l, []);
  for (const f of rest) {
    if (restLeadIndex.has(f)) continue;
    const owner = ownerOf(f, restLeadIndex);
    if (owner === undefined) via.set(f, []);
    else via.get(owner)!.push(f);
  }
  // The report leads with the cause: a finding is ranked by the growth it has beyond the
  // other findings that ran inside it, so a caller that only partly explains comes after
  // the callee it ran; and a function that is most of the profile (a process's root frame,
  // main), whose growth could not be told from a runner's drift, after every other.
  const findings = [...via.keys()];
  const findingIndex = indexOf(findings);
  const own = new Map(findings.map((f) => [f, g(f) - among(calleesOf.get(f), findingIndex).filter((l) => l !== f).reduce((sum, l) => sum + Math.max(0, grewInside(f, l)), 0)]));
  const rank = (f: string) => (wholeProfile(f) ? 1 : 0);
  const causeFirst = (a: string, b: string) => rank(a) - rank(b) || own.get(b)! - own.get(a)! || largestFirst(a, b);
  return findings.sort(causeFirst).map((f) => ({
    function: f,
    callers: via.get(f)!.sort((a, b) => g(a) - g(b) || (a < b ? -1 : 1)),
    into: (into.get(f) ?? []).sort(largestFirst),
  }));
}
