// The framing of a protobuf message, walked before decoding: a cut-off file must not pass
// as a smaller profile. Its own module, so that the fast pprof path does not load
// pprof-format (the reference decoder) at startup.

/**
 * Walks the top-level fields of a protobuf message; returns why it is not well framed
 * (truncated, or a wire type profile.proto never uses), or null. With `counts`, adds one
 * to counts[field] for each field whose number is below counts.length.
 */
export function checkFraming(bytes: Uint8Array, counts?: Int32Array): string | null {
  let pos = 0;
  const varint = (): number | null => {
    // Most varints here (tags, lengths of small messages) are one byte.
    if (pos < bytes.length && bytes[pos] < 0x80) return bytes[pos++];
    let result = 0;
    let shift = 0;
    while (pos < bytes.length) {
      const b = bytes[pos++];
      if (shift < 49) result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if ((b & 0x80) === 0) return result;
      if (shift > 70) return null;
    }
    return null;
  };
  while (pos < bytes.length) {
    const at = pos;
    const tag = varint();
    if (tag === null) return `a truncated protobuf (field tag at byte ${at} runs past the end)`;
    const wire = tag % 8;
    const field = Math.floor(tag / 8);
    if (field === 0) return `not a protobuf (field number 0 at byte ${at})`;
    if (counts && field < counts.length) counts[field]++;
    if (wire === 0) {
      if (varint() === null) return `a truncated protobuf (field ${field} at byte ${at} runs past the end)`;
    } else if (wire === 1 || wire === 5) {
      pos += wire === 1 ? 8 : 4;
    } else if (wire === 2) {
      const length = varint();
      if (length === null || pos + length > bytes.length) {
        return `a truncated protobuf (field ${field} at byte ${at} claims ${length ?? '?'} bytes, ${bytes.length - pos} remain)`;
      }
      pos += length;
    } else {
      return `not a pprof protobuf (wire type ${wire} at byte ${at})`;
    }
    if (pos > bytes.length) return `a truncated protobuf (field ${field} at byte ${at} runs past the end)`;
  }
  return null;
}
