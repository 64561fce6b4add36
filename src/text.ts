// How a string from a profile is shown: every output a person reads (the terminal, stderr,
// the action's log, the Markdown comment, the SVG) shows the characters that could act on
// the reader rather than be read as escapes. A fork's pull request writes the profiles.

/**
 * C0 and C1 controls and DEL (terminal escapes, OSC 8 links, cursor moves); Unicode's
 * bidirectional embeddings, overrides, isolates and marks ("Trojan Source",
 * CVE-2021-42574: text that reads in another order than it is); zero-width characters
 * and the byte-order mark (names that look equal and are not).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * `text` with each character of UNSAFE written as its escape (`\u202E`, `\u001B`): visible,
 * inert, and telling the names apart. With `lines`, line feeds stay: text that we composed
 * of lines, whose parts from profiles were made visible first (an SVG title).
 */
export function visible(text: string, lines = false): string {
  return text.replace(UNSAFE, (c) => (lines && c === '\n' ? c : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`));
}
