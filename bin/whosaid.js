#!/usr/bin/env node
// Thin executable: the CLI lives in dist/cli (built from src/cli by `npm run build`, run by `npm ci` via `prepare`).
// V8 tuning first (docs/performance.md), then the CLI: workers started later share these flags.
import { tuneV8 } from '../dist/v8-tuning.js';

tuneV8();
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
