/** Writes packages/engine/policy.schema.json from the schema in code (a test keeps them equal). */
import { writeFileSync } from 'node:fs';
import { POLICY_SCHEMA } from '../packages/engine/src/policy/schema.js';

writeFileSync(new URL('../packages/engine/policy.schema.json', import.meta.url), JSON.stringify(POLICY_SCHEMA, null, 2) + '\n');
console.log('wrote packages/engine/policy.schema.json');
