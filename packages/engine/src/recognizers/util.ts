/**
 * Small helpers shared by the recognisers: boundaries, context words and
 * checksums. Everything here is a plain loop over char codes (linear time).
 */

/** True for ASCII letters and digits (the characters that glue an identifier together). */
export function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True when text[start-1] and text[end] are not letters or digits. */
export function bounded(text: string, start: number, end: number): boolean {
  return (start === 0 || !isAlnum(text.charCodeAt(start - 1))) && (end >= text.length || !isAlnum(text.charCodeAt(end)));
}

/**
 * The first context word found in the `window` characters before `start`
 * (lower-cased, whole words), or null. Presidio raises a score when a context
 * word is near; so do we, and we say which word did it.
 */
export function contextBefore(text: string, start: number, words: readonly string[], window = 40): string | null {
  const from = Math.max(0, start - window);
  const before = text.slice(from, start).toLowerCase();
  for (const w of words) {
    let at = before.indexOf(w);
    while (at >= 0) {
      const a = at === 0 ? 32 : before.charCodeAt(at - 1);
      const b = at + w.length >= before.length ? 32 : before.charCodeAt(at + w.length);
      if (!isAlnum(a) && !isAlnum(b)) return w;
      at = before.indexOf(w, at + 1);
    }
  }
  return null;
}

/** Digits of a string, as a string. */
export function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}

/** Luhn checksum (payment cards). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** NHS number modulus-11 check. */
export function nhsValid(digits: string): boolean {
  if (digits.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === digits.charCodeAt(9) - 48;
}

/** ISO 7064 mod 97-10 over an IBAN (already compact and upper-case). */
export function ibanChecksumValid(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

/** Run a global regex over text, calling `fn` for each match. The regex must have the `g` or `y` flag. */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}
