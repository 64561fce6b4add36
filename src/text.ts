// How a string from a profile is shown: every output a person reads (the terminal, stderr,
// the action's log, the Markdown comment, the SVG) shows the characters that could act on
// the reader rather than be read as escapes. A fork's pull request writes the profiles.

/**
 * C0 and C1 controls and DEL (terminal escapes, OSC 8 links, cursor moves); Unicode's
 * bidirectional embeddings, overrides, isolates and marks ("Trojan Source",
 * CVE-2021-42574: text that reads in another order than it is); the line and paragraph
 * separators; and every default-ignorable code point (zero-width characters, the soft
 * hyphen, the byte-order mark, variation selectors, Hangul fillers, tags: Unicode's
 * Default_Ignorable_Code_Point, characters a renderer shows as nothing) with the braille
 * blank: names that look equal and are not.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2800\p{Default_Ignorable_Code_Point}]/gu;

/**
 * `text` with each character of UNSAFE written as its escape (`\u202E`, `\u001B`, past
 * U+FFFF `\u{E0041}`): visible, inert, and telling the names apart. With `lines`, line
 * feeds stay: text that we composed of lines, whose parts from profiles were made visible
 * first (an SVG title).
 */
export function visible(text: string, lines = false): string {
  return text.replace(UNSAFE, (c) => {
    if (lines && c === '\n') return c;
    const code = c.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16).toUpperCase()}}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
