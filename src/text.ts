// How a string from a profile is shown: every output a person reads (the terminal, stderr,
// the action's log, the Markdown comment, the SVG) shows the characters that could act on
// the reader rather than be read as escapes. A fork's pull request writes the profiles.
// Names are cut (shortenName) as the picture and the terminal show them: their own name last to go.

/**
 * C0 and C1 controls and DEL (terminal escapes, OSC 8 links, cursor moves); Unicode's
 * bidirectional embeddings, overrides, isolates and marks ("Trojan Source",
 * CVE-2021-42574: text that reads in another order than it is) and every other
 * default-ignorable code point (zero-width characters, the soft hyphen, the byte-order
 * mark, variation selectors, Hangul fillers, tags: Unicode's Default_Ignorable_Code_Point,
 * which holds the bidirectional controls too, characters a renderer shows as nothing) with
 * the braille blank: names that look equal and are not; the line and paragraph separators.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u2800\p{Default_Ignorable_Code_Point}]/gu;

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

/**
 * Cuts a function name to `chars` characters so that its own name survives: the qualifier
 * goes first (`…json.(*encodeState).reflectValue`, `…ServiceImpl.validate`), from a
 * separator (`.` `/` `::` `:` ` `) where one is in reach; when the own name alone is too
 * long, its start is kept (`reflectV…`).
 */
export function shortenName(name: string, chars: number): string {
  const letters = [...name];
  if (letters.length <= chars) return name;
  // `main.run.func* ×980` (a family of thin siblings, layout.ts): the count stays.
  const family = / ×\d+$/.exec(name);
  if (family && chars > family[0].length + 2) return `${shortenName(name.slice(0, family.index), chars - family[0].length)}${family[0]}`;
  // `handleRequest /app/server.js:12` (a JS frame with its place): the function first.
  const placed = /^(\S+) (\S*[/\\]\S*|\S+:\d+(?::\d+)?)$/.exec(name);
  if (placed) return shortenName(placed[1], chars);
  // `ns::Class::method(int const&)`: the arguments go before any of the name.
  const args = /\([^()]*\)$/.exec(name);
  if (args && args.index > 0) {
    const bare = name.slice(0, args.index);
    return [...bare].length + 3 <= chars ? `${bare}(…)` : shortenName(bare, chars);
  }
  // The own name: after the last separator (with its function for a Go closure, `Run.func1`).
  const last = /[^./:\s]+$/.exec(name)?.[0] ?? name;
  const closure = /(?:[^./:\s]+\.)?(?:func|gowrap)\d+(?:\.\d+)*$/.exec(name)?.[0];
  const own = closure && [...closure].length + 1 <= chars ? closure : last;
  if ([...own].length + 1 > chars) return `${[...own].slice(0, Math.max(1, chars - 1)).join('')}…`;
  // The longest tail that fits, started just after a separator when one is near its start.
  const tail = letters.slice(letters.length - (chars - 1)).join('');
  const at = tail.slice(0, 8).search(/[./:\s]/);
  return `…${at >= 0 && tail.length - at - 1 >= own.length ? tail.slice(at + 1) : tail}`;
}
