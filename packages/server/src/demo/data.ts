/**
 * Synthetic material for the demo force. Every name is made up by pairing
 * common first names and surnames with a seeded generator; any likeness to a
 * real officer is chance. Posts are typical, invented police posts.
 */
import type { Platform } from '../domain/model.js';

const FIRST = ['Amira', 'Ben', 'Chloe', 'Dev', 'Ella', 'Femi', 'Grace', 'Harry', 'Isla', 'Jack', 'Kavya', 'Liam', 'Maya', 'Noah',
  'Olivia', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tariq', 'Uma', 'Vikram', 'Wendy', 'Xander', 'Yasmin', 'Zac', 'Aled', 'Bethan',
  'Ciaran', 'Dilys', 'Eamon', 'Freya'];
const LAST = ['Ashworth', 'Brennan', 'Carver', 'Dunmore', 'Ellery', 'Fairbairn', 'Gadsby', 'Hollins', 'Iredale', 'Jessop',
  'Kettley', 'Lumsden', 'Marlow', 'Norcott', 'Oakridge', 'Pendry', 'Quarrie', 'Rowntree', 'Stannard', 'Thorley', 'Upton',
  'Varley', 'Whitlock', 'Yeardley'];

/** A small deterministic generator (mulberry32), so every demo load is the same. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` distinct synthetic full names. */
export function syntheticNames(n: number, rand: () => number): string[] {
  const out = new Set<string>();
  while (out.size < n) out.add(`${FIRST[Math.floor(rand() * FIRST.length)]} ${LAST[Math.floor(rand() * LAST.length)]}`);
  return [...out];
}

/** Platforms for individual officer accounts, in rotation. */
export const OFFICER_PLATFORMS: Platform[] = ['x', 'bluesky', 'facebook', 'instagram', 'mastodon', 'threads', 'nextdoor', 'tiktok'];

/** Teams of the demo force. */
export const TEAMS = ['North Neighbourhood', 'South Neighbourhood', 'Roads Policing', 'Rural Crime'] as const;

/** Everyday posts that should pass. */
export const CLEAN_POSTS = [
  'Road closed on the A43 near Kettering this morning, please avoid the area.',
  'Great turnout at the community event in Corby today, thanks all!',
  'Please remember to lock your car tonight.',
  'Our beat surgery is in the Market Square on Saturday from 10am. Come and say hello.',
  'Thank you to everyone who came to the road safety talk at the library.',
  'If you see something suspicious, call 101, or 999 in an emergency.',
  'Sheep on the road near Lower Wick. The farmer is aware; please drive carefully.',
  'Bikes marked at the school fair today. Thanks to all who came along.',
  'Patrols in the town centre tonight as part of our summer safety campaign.',
  'Lost dog reunited with its owner this afternoon. Happy ending!',
];

/** Posts that need a second look (they produce findings). */
export const RISKY_POSTS = [
  'Thanks Sarah (07700 900123) for reporting',
  'John Brown, 34, was arrested on suspicion of burglary in Kettering',
  'Thanks to Mrs Patel at 14 Elm Street for the tip-off about the stolen van',
];
