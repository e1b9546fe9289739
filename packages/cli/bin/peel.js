#!/usr/bin/env node
// The `peel` executable. It registers tsx so the TypeScript sources run as
// they are (no build step), then hands over to src/main.ts.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/main.ts');
await runCli(process.argv.slice(2));
