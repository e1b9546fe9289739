/**
 * Police ranks and titles, and public honorifics. A rank before a name marks
 * an officer (naming officers in their role is normal); an honorific before a
 * name marks a member of the public.
 */

/** Rank words and abbreviations (lower case, one or more tokens). */
export const RANKS: readonly string[] = [
  'pc', 'wpc', 'pcso', 'dc', 'ds', 'di', 'dci', 'dsi', 'dsupt', 'det supt', 'det', 'detective', 'sgt', 'sergeant',
  'ps', 'insp', 'inspector', 'ch insp', 'chief inspector', 'supt', 'superintendent', 'ch supt', 'chief superintendent',
  'acc', 'dcc', 'cc', 'chief constable', 'assistant chief constable', 'deputy chief constable', 'commander', 'cmdr',
  'special constable', 'sc', 'constable', 'police constable', 'detective constable', 'detective sergeant',
  'detective inspector', 'detective chief inspector', 'detective superintendent', 'officer', 'special', 'specials',
  'pd', 'police dog', 'ph', 'police horse',
];

/** Honorifics used for members of the public. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'master', 'sir', 'dame', 'lady', 'lord']);

/** Single-token rank lookup. */
const SINGLE = new Set(RANKS.filter((r) => !r.includes(' ')));
/** Two-token ranks keyed by their first token. */
const DOUBLE = new Map<string, Set<string>>();
for (const r of RANKS) {
  const parts = r.split(' ');
  if (parts.length === 2) {
    const set = DOUBLE.get(parts[0]!) ?? new Set<string>();
    set.add(parts[1]!);
    DOUBLE.set(parts[0]!, set);
  }
}

/** One trailing full stop dropped ("Sgt.", "Mr."): endsWith/slice, not a regex replace, as this runs for every candidate name. */
function withoutStop(lower: string): string {
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** True if the token is an honorific ("Mr", "mrs.", "Dr"). */
export function isHonorific(t: { lower: string }): boolean {
  return HONORIFICS.has(withoutStop(t.lower));
}

/**
 * If tokens ending at index `end - 1` (exclusive `end`) form a rank, the index
 * of its first token; else -1. Case matters for two-letter abbreviations in
 * running text ("PC Smith" yes, "pc smith" too, but "ds" only upper case).
 */
export function rankEndingAt(tokens: readonly { lower: string; text: string }[], end: number): number {
  const last = tokens[end - 1];
  if (last === undefined) return -1;
  const l = withoutStop(last.lower);
  if (end >= 2) {
    const prev = tokens[end - 2]!.lower;
    if (DOUBLE.get(prev)?.has(l) === true) return end - 2;
  }
  if (!SINGLE.has(l)) return -1;
  // Short lower-case abbreviations ("di", "ds", "sc", "ps", "pd", "ph", "cc") are too often other words.
  if (l.length <= 2 && l !== 'pc' && last.text !== last.text.toUpperCase()) return -1;
  return end - 1;
}
