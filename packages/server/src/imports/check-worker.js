// Worker-thread entry for the check pool. Plain JavaScript so it starts in any
// host (tsx, vitest, plain node): it registers tsx, then loads the TypeScript body.
import { register } from 'tsx/esm/api';

register();
await import('./check-worker-body.ts');
