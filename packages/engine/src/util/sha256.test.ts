import { createHash, createHmac as nodeHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256, sha256, toHex } from './sha256.js';
import { utf8Encode } from './utf8.js';

describe('sha256 / hmac', () => {
  it('matches the FIPS test vectors', () => {
    expect(toHex(sha256(utf8Encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(toHex(sha256(new Uint8Array(0)))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('matches node:crypto for many lengths, keys and messages', () => {
    for (const len of [0, 1, 55, 56, 63, 64, 65, 119, 120, 200, 1000]) {
      const msg = 'x'.repeat(len) + 'é';
      expect(toHex(sha256(utf8Encode(msg)))).toBe(createHash('sha256').update(msg).digest('hex'));
      for (const key of ['k', 'a'.repeat(64), 'b'.repeat(100)]) {
        expect(toHex(hmacSha256(utf8Encode(key), utf8Encode(msg)))).toBe(nodeHmac('sha256', key).update(msg).digest('hex'));
      }
    }
  });
});
