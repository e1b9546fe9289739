/**
 * Top-level domains a bare web address ("example.co.uk", no scheme) may end
 * with. Every two-letter country code is accepted; longer generic TLDs come
 * from this list (the common ones, not all 1,500), so "www.microsoft" and
 * "e.g" are not addresses.
 */
const GENERIC = [
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'name', 'pro', 'app', 'dev', 'io', 'ai',
  'site', 'online', 'store', 'shop', 'blog', 'news', 'live', 'life', 'world', 'today', 'tech', 'xyz', 'club',
  'top', 'page', 'link', 'cloud', 'space', 'website', 'webcam', 'media', 'social', 'email', 'services', 'support',
  'london', 'wales', 'cymru', 'scot', 'uk', 'eu', 'asia', 'travel', 'museum', 'aero', 'coop', 'jobs', 'mobi',
  'tel', 'cat', 'berlin', 'paris', 'nyc', 'tokyo', 'vlaanderen', 'brussels', 'amsterdam', 'africa', 'help',
  'police', 'law', 'legal', 'charity', 'foundation', 'community', 'academy', 'school', 'college', 'university',
  'health', 'care', 'church', 'music', 'video', 'tv', 'fm', 'radio', 'film', 'photo', 'photos', 'pics', 'art',
  'design', 'studio', 'agency', 'digital', 'network', 'systems', 'solutions', 'company', 'co', 'ltd', 'plc',
  'group', 'global', 'zone', 'fun', 'game', 'games', 'bet', 'casino', 'poker', 'sex', 'porn', 'adult', 'xxx',
  'dating', 'love', 'family', 'kids', 'fashion', 'style', 'beauty', 'fit', 'fitness', 'run', 'bike', 'cars',
  'auto', 'taxi', 'estate', 'house', 'homes', 'property', 'finance', 'money', 'bank', 'insurance', 'loans',
  'credit', 'crypto', 'events', 'tickets', 'review', 'reviews', 'guide', 'wiki', 'press', 'report', 'gay',
];

const SET = new Set(GENERIC);

/** True when `tld` (lower case, no dot) is a country code or a listed generic TLD. */
export function knownTld(tld: string): boolean {
  if (tld.length === 2) return /^[a-z]{2}$/.test(tld);
  if (tld.startsWith('xn--')) return tld.length > 4;
  return SET.has(tld);
}
