// The report key in names GitHub keeps (artifacts, the comment's marker, the image branch's
// folders, temporary folders): one safe alphabet, written once.

/** Longest key kept in a name; longer keys are cut (the action refuses them, see action/settings.ts). */
export const MAX_KEY_LENGTH = 100;

/** The key with every character outside `A-Za-z0-9._-` made `_`, cut to MAX_KEY_LENGTH. */
export function keySlug(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, MAX_KEY_LENGTH);
}
