// The data of the HTML report, as html/render.ts writes it into the page and the viewer
// (viewer.ts) reads it: no Node.js module here, both sides import it.
import type { Normalize } from '../model/run';

/** What the viewer reads: columns of numbers, names in one table. */
export interface HtmlData {
  version: 1;
  /** What one unit of the frames' values (and the functions') is worth in the measure: they are whole numbers of it. */
  quantum: number;
  title: string;
  titleColor: string;
  subtitle: string;
  legend: { fill: string; outline?: string; dashed?: boolean; label: string }[];
  verdict: 'pass' | 'warn' | 'fail' | 'no-baseline';
  /** Measure of the values: `normalize` and the sample type's unit. */
  normalize: Normalize;
  unit: string;
  alpha: number;
  /** Points of the baseline total at which the change colour is full (the fail limit). */
  failPoints: number;
  palette: 'default' | 'colorblind';
  baselineTotal: number;
  candidateTotal: number;
  /** The frames' names. */
  names: string[];
  /** The diff flame graph's frames, parents first: how many frames back the parent is (0 for the root), name, inclusive and self per side (means, in the measure), style index, p. */
  frames: { up: number[]; name: number[]; b: number[]; c: number[]; bs: number[]; cs: number[]; style: number[]; p: number[] };
  /** Distinct frame styles: fill, outline ('' for none), dashed (0/1), role. */
  styles: [string, string, number, string][];
  /** The rules' findings, for the hover: function, metric, rule, severity. */
  violations: { function: string; metric: string; rule: string; severity: string }[];
}


/**
 * Every function of the comparison, read when the table or a sandwich first needs it (a
 * second block of the page: large.cpu's 23,038 functions were two thirds of the data).
 */
export interface HtmlFunctions {
  /** Function names and files. */
  names: string[];
  /** Per function: name and file (-1 for none) in `names`, self and total per side (whole numbers of HtmlData.quantum), two-sided p of total and self. */
  name: number[];
  file: number[];
  bs: number[];
  bt: number[];
  cs: number[];
  ct: number[];
  p: number[];
  ps: number[];
  /** A letter per function: b both sides, n new, g gone. */
  status: string;
  /** Functions placed in the repository (the action's report): row, `path:line`, link to the line at the head commit, changed by the pull request. */
  sources: { row: number; label: string; url: string; changed: boolean }[];
}
