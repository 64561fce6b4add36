// gzip (RFC 1952), via Node's zlib with a cap on the decompressed size.
import { gunzipSync } from 'node:zlib';

/** Default cap on decompressed bytes: generous for real profiles, fatal for bombs. */
export const DEFAULT_MAX_DECOMPRESSED = 1024 ** 3;

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Returns the decompressed bytes, or a reason (truncated, corrupt, over the cap). */
export function tryGunzip(bytes: Uint8Array, maxBytes = DEFAULT_MAX_DECOMPRESSED): { bytes: Buffer } | { reason: string } {
  try {
    return { bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }) };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      return { reason: `gzip data decompresses to more than ${maxBytes} bytes (the limit; raise it with --max-decompressed-size)` };
    }
    if (e.code === 'Z_BUF_ERROR') return { reason: 'truncated gzip data (the file ends before the compressed stream does)' };
    return { reason: `corrupt gzip data (${e.message})` };
  }
}
