// Files in, analysis out: the whole pipeline, as the CLI, the action and the tests run it.
//   load/ (files -> LoadedRuns)  ->  engine.ts analyze (LoadedRuns -> Analysis)
// The edges then hand the analysis to outputs/ (reports, pictures, files).
import { analyze, type Analysis } from './engine';
import { loadRuns, type CompareRequest } from './load/load';
import { timing } from './timing';

export { DEFAULT_CONFIG_PATH, loadConfig, type CompareRequest } from './load/load';
// What the report says of the runners, for scripts/calibrate.js (which bundles this file).
export { runnersDiffered } from './report/format';

/**
 * Reads both sides' files, compares them and returns the analysis (see loadRuns for
 * `progressTo`). Throws InputError.
 */
export async function compareFiles(request: CompareRequest, progressTo?: { isTTY?: boolean; write(text: string): unknown }): Promise<Analysis> {
  const result = analyze(await loadRuns(request, progressTo));
  timing('compared');
  return result;
}
