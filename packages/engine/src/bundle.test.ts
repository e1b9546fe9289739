/**
 * The engine must run in the browser: bundle it for `platform: 'browser'`
 * and make sure nothing Node-only slipped in, and that the bundle runs.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('./index.ts', import.meta.url));

describe('browser bundle', () => {
  it('bundles for the browser with no Node built-ins and runs check()', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      minify: true,
      logLevel: 'silent',
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.filter((p) => p.startsWith('node:') || p.includes('node_modules'))).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/\brequire\(["']node:/);
    // Evaluate the bundle as a module and run a check through it.
    const url = 'data:text/javascript;base64,' + Buffer.from(code).toString('base64');
    const mod = (await import(url)) as typeof import('./index.js');
    const report = mod.check({ text: 'Thanks for your help today.' });
    expect(report.verdict).toBe('pass');
    expect(report.engineVersion).toBe(mod.ENGINE_VERSION);
  });
});
