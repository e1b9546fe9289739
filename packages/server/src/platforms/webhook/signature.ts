/**
 * Webhook signatures, in the style of Stripe and GitHub: the sender signs
 * `<timestamp>.<raw body>` with HMAC-SHA-256 and the shared secret, and sends
 *   Peel-Timestamp: <unix seconds>
 *   Peel-Delivery:  <unique id of this delivery>
 *   Peel-Signature: v1=<hex digest>
 * Peel accepts a delivery only within TOLERANCE_SECONDS of its timestamp and
 * only once per delivery id, so a captured request cannot be replayed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a delivery's timestamp may be from Peel's clock. */
export const TOLERANCE_SECONDS = 300;

/** Header names (lower case, as Node delivers them). */
export const HEADERS = { timestamp: 'peel-timestamp', delivery: 'peel-delivery', signature: 'peel-signature' } as const;

/** The hex HMAC of a delivery. */
export function signature(secret: string, timestamp: string, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** Headers a sender sets (used by tests and by anyone writing a sender). */
export function signedHeaders(secret: string, rawBody: string, deliveryId: string, now = new Date()): Record<string, string> {
  const ts = String(Math.floor(now.getTime() / 1000));
  return { [HEADERS.timestamp]: ts, [HEADERS.delivery]: deliveryId, [HEADERS.signature]: `v1=${signature(secret, ts, rawBody)}` };
}

/** Why a delivery was refused (the same 401 for all, so a prober learns nothing; the reason is logged). */
export type SignatureProblem = 'missing' | 'stale' | 'bad-signature';

/** Verify timestamp and signature; undefined when good. */
export function verifySignature(
  secret: string, headers: Record<string, string | string[] | undefined>, rawBody: Buffer, now: Date,
): SignatureProblem | undefined {
  const ts = headers[HEADERS.timestamp];
  const sig = headers[HEADERS.signature];
  if (typeof ts !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(ts)) return 'missing';
  if (Math.abs(now.getTime() / 1000 - Number(ts)) > TOLERANCE_SECONDS) return 'stale';
  const expected = Buffer.from(signature(secret, ts, rawBody), 'hex');
  // Several signatures may be sent while a secret is rotated: any valid one will do.
  for (const part of sig.split(',')) {
    const m = /^\s*v1=([0-9a-f]{64})\s*$/.exec(part);
    if (m && timingSafeEqual(Buffer.from(m[1]!, 'hex'), expected)) return undefined;
  }
  return 'bad-signature';
}
