import type { Run } from '../src/model/run';
import { tryParseFolded } from '../src/formats/folded';

/** Runs from folded-stack texts, for tests of the pure core. */
export function foldedRuns(...texts: string[]): Run[] {
  return texts.map((text, i) => {
    const result = tryParseFolded(text);
    if ('reason' in result) throw new Error(result.reason);
    return { source: `run-${i + 1}`, profile: result.profile, typeIndex: 0, scale: 1 };
  });
}

/** A folded text with the given count for each stack. */
export function folded(stacks: Record<string, number>): string {
  return Object.entries(stacks).map(([stack, count]) => `${stack} ${count}\n`).join('');
}
