/**
 * Checking posts in batches, in this thread or in a pool of worker threads
 * (check() is CPU-bound; on a multi-core machine a pool keeps the database
 * writer busy). Both return the same plain data: the report as JSON text
 * (what the posts table stores) and the findings fields the findings table needs.
 */
import { check, PeelInputError, type MediaItem, type Policy, type Report, type Verdict } from '@peel/engine';

/** One post to check. */
export interface CheckItem {
  text: string;
  platform: string;
  accountKind: 'force' | 'team' | 'individual';
  /** ISO time of publication: date-based rules look at that day, not today. */
  date: string;
  media: MediaItem[];
}

/** The parts of a finding that are stored. */
export interface CheckedFinding {
  rule: string;
  severity: string;
  messageId: string;
  message: string;
  confidence: number;
  ranges: Array<{ start: number; end: number }>;
}

/** The result for one post: a report, or the engine's input error code (e.g. TEXT_TOO_LONG). */
export type Checked =
  | { ok: true; verdict: Verdict; reportJson: string; findings: CheckedFinding[]; tags: string[]; engineVersion: string; policyVersion: string }
  | { ok: false; code: string };

/** Checks batches of posts. */
export interface BatchChecker {
  check(items: readonly CheckItem[]): Promise<Checked[]>;
  /**
   * Check one queued part of a batch in the calling thread, for a caller that
   * would otherwise sit waiting for the workers. False when nothing is queued.
   */
  helpOne?(): boolean;
  close(): Promise<void>;
}

/** Check one item with a policy (used by both the inline checker and the workers). */
export function checkOne(item: CheckItem, policy: Policy): Checked {
  let report: Report;
  try {
    report = check({ text: item.text, platform: item.platform, accountKind: item.accountKind, date: item.date, media: item.media }, policy);
  } catch (e) {
    if (e instanceof PeelInputError) return { ok: false, code: e.code };
    throw e;
  }
  return {
    ok: true, verdict: report.verdict, reportJson: JSON.stringify(report), tags: report.tags,
    engineVersion: report.engineVersion, policyVersion: report.policyVersion,
    findings: report.findings.map((f) => ({
      rule: f.rule, severity: f.severity, messageId: f.messageId, message: f.message, confidence: f.confidence,
      ranges: f.ranges.map((r) => ({ start: r.start, end: r.end })),
    })),
  };
}

/** A checker that runs in the calling thread. */
export function inlineChecker(policy: Policy): BatchChecker {
  return {
    check: async (items) => items.map((i) => checkOne(i, policy)),
    close: async () => undefined,
  };
}
