/**
 * Compact encoding of the tagger's weight table: sparse rows (row-number
 * deltas as LEB128 varints, then one signed byte or int16 per tag), in base64
 * so the model ships as a plain string inside a TS module that any bundler
 * inlines. The engine has no Buffer or atob (no DOM/Node types), hence the
 * hand-written base64.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  return t;
})();

/** Base64-encode bytes (standard alphabet, with padding). */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    chunk += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | (b >> 4)]! +
      (i + 1 < bytes.length ? ALPHABET[((b & 15) << 2) | (c >> 6)]! : '=') +
      (i + 2 < bytes.length ? ALPHABET[c & 63]! : '=');
    if (chunk.length >= 4096) { parts.push(chunk); chunk = ''; }
  }
  parts.push(chunk);
  return parts.join('');
}

/** Decode base64 produced by {@link toBase64}; throws on a foreign character. */
export function fromBase64(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array((len * 3) >> 2);
  let acc = 0;
  let bitsHeld = 0;
  let o = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? LOOKUP[c]! : -1;
    if (v < 0) throw new Error(`invalid base64 at offset ${i}`);
    acc = ((acc << 6) | v) & 0xffffff;
    bitsHeld += 6;
    if (bitsHeld >= 8) {
      bitsHeld -= 8;
      out[o++] = (acc >> bitsHeld) & 0xff;
    }
  }
  return out;
}

/**
 * Encode a dense quantised table (`rows` × `width`) sparsely: rows that are
 * all zero are skipped. `bytesPer` is 1 (int8) or 2 (int16, little-endian).
 */
export function encodeSparse(table: Int8Array | Int16Array, width: number, bytesPer: 1 | 2): Uint8Array {
  const out: number[] = [];
  let prev = -1;
  const rows = table.length / width;
  for (let r = 0; r < rows; r++) {
    let any = false;
    for (let k = 0; k < width; k++) if (table[r * width + k] !== 0) { any = true; break; }
    if (!any) continue;
    let delta = r - prev - 1;
    prev = r;
    while (delta >= 0x80) { out.push((delta & 0x7f) | 0x80); delta >>>= 7; }
    out.push(delta);
    for (let k = 0; k < width; k++) {
      const v = table[r * width + k]!;
      out.push(v & 0xff);
      if (bytesPer === 2) out.push((v >> 8) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** Inverse of {@link encodeSparse} into a zeroed table of `rows` × `width`. */
export function decodeSparse(bytes: Uint8Array, rows: number, width: number, bytesPer: 1 | 2): Int8Array | Int16Array {
  const table = bytesPer === 1 ? new Int8Array(rows * width) : new Int16Array(rows * width);
  let p = 0;
  let r = -1;
  while (p < bytes.length) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[p++]!;
      delta |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    r += delta + 1;
    if (r >= rows) throw new Error('model weight table is corrupt');
    const o = r * width;
    for (let k = 0; k < width; k++) {
      if (bytesPer === 1) table[o + k] = (bytes[p++]! << 24) >> 24;
      else { table[o + k] = ((bytes[p]! | (bytes[p + 1]! << 8)) << 16) >> 16; p += 2; }
    }
  }
  return table;
}
