import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseProfile } from '../src/formats/detect';
import type { Profile } from '../src/model/call-tree';

/** The shared fixtures, which CI places beside the checkout as ../shared. */
export const SHARED_FIXTURES = resolve(__dirname, '..', '..', 'shared', 'fixtures');

/** True when ../shared/fixtures is there; tests that need it skip otherwise. */
export const hasShared = existsSync(SHARED_FIXTURES);
if (!hasShared) {
  console.warn(`skipping tests on third-party profiles: ${SHARED_FIXTURES} is absent (place the shared/ folder beside the checkout)`);
}

/** The repository's own copy of the generated Go profiles (examples/go119). */
export const EXAMPLES = resolve(__dirname, '..', 'examples', 'go119');

/** Returns a path in ../shared/fixtures. */
export function fixture(...parts: string[]): string {
  return join(SHARED_FIXTURES, ...parts);
}

/** Parses a fixture file. */
export function loadFixture(path: string): Profile {
  return parseProfile(readFileSync(path), path);
}
