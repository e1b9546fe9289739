/**
 * Immutable edits of a policy document for the settings page. Each returns a
 * new document; unchanged parts are shared. Empty lists and default settings
 * are removed, so a saved policy stays as small as the force made it.
 */
import type { DateWindow, Policy, RuleId, RuleSetting, Severity } from '@peel/engine';

/** The allow-list keys the page edits. */
export type AllowKey = keyof NonNullable<Policy['allow']>;

/** Set a rule's enabled flag and/or severity; `defaultSeverity` is dropped as an override. */
export function setRule(p: Policy, id: RuleId, patch: RuleSetting, defaultSeverity: Severity): Policy {
  const cur = { ...(p.rules?.[id] ?? {}), ...patch };
  const next: RuleSetting = {};
  if (cur.enabled === false) next.enabled = false;
  if (cur.severity !== undefined && cur.severity !== defaultSeverity) next.severity = cur.severity;
  const rules = { ...(p.rules ?? {}) };
  if (Object.keys(next).length === 0) delete rules[id];
  else rules[id] = next;
  const out: Policy = { ...p, rules };
  if (Object.keys(rules).length === 0) delete out.rules;
  return out;
}

/** One entry per non-empty line, trimmed, duplicates dropped. */
export function parseLines(text: string): string[] {
  return [...new Set(text.split('\n').map((l) => l.trim()).filter((l) => l !== ''))];
}

/** Replace one allow-list. */
export function setAllow(p: Policy, key: AllowKey, values: readonly string[]): Policy {
  const allow = { ...(p.allow ?? {}) };
  if (values.length === 0) delete allow[key];
  else allow[key] = [...values];
  const out: Policy = { ...p, allow };
  if (Object.keys(allow).length === 0) delete out.allow;
  return out;
}

/** Replace the pre-election windows and contact. */
export function setElection(p: Policy, windows: readonly DateWindow[], contact: string): Policy {
  const election = { ...(p.election ?? {}) };
  const valid = windows.filter((w) => w.start && w.end).map((w) => (w.name ? { start: w.start, end: w.end, name: w.name } : { start: w.start, end: w.end }));
  if (valid.length === 0) delete election.windows;
  else election.windows = valid;
  if (contact.trim() === '') delete election.contact;
  else election.contact = contact.trim();
  const out: Policy = { ...p, election };
  if (Object.keys(election).length === 0) delete out.election;
  return out;
}
