/**
 * `npm run eval`: prints the engine's measured figures. Each section lives in
 * scripts/eval/*.ts and prints its own table; this file runs them in order.
 * Figures are on dev splits (names) and on Presidio's pattern-recogniser cases.
 */
export {};

const sections: { name: string; load: () => Promise<{ run: () => Promise<void> | void }> }[] = [
  { name: 'Presidio conformance (pattern recognisers)', load: () => import('./eval/presidio.js') },
  { name: 'Person names (BTC dev, WNUT-17 dev)', load: () => import('./eval/names.js') },
  { name: 'Offensive language: S1 on Davidson 2017', load: () => import('./eval/offensive.js') },
];

for (const s of sections) {
  console.log(`\n== ${s.name} ==`);
  try {
    const mod = await s.load();
    await mod.run();
  } catch (err) {
    console.log(`  (section failed: ${err instanceof Error ? err.message : String(err)})`);
    process.exitCode = 1;
  }
}
