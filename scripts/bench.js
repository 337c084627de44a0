// Throughput, memory and start-up of whosaid against bare compromise. `npm run build` first.
// Usage: node scripts/bench.js [--quick | --mb N]   (--quick: a 1 MB corpus instead of 5 MB; --mb N: N MB)
// Rows: whosaid and bare compromise in this thread; the --jobs 2 pool in this process; the whole CLI with
// --jobs 1 and --jobs 2 over the corpus as files; peak RSS; start-up against importing compromise.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import os from 'node:os';
import { createRequire } from 'node:module';
import { extract } from '../dist/index.js';
import { ExtractPool } from '../dist/parallel/pool.js';
import { tuneV8 } from '../dist/v8-tuning.js';

// Bare compromise from the same build whosaid loads (src/segment/nlp.ts: its bundled CommonJS build), so the
// throughput ratio compares the work done, not two builds.
const nlp = createRequire(import.meta.url)('compromise');

// The same V8 tuning as bin/whosaid.js, before anything is extracted, so the figures are the CLI's.
tuneV8();

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const quick = process.argv.includes('--quick');
const mbArg = process.argv.indexOf('--mb');
const targetBytes = (mbArg > 0 ? Number(process.argv[mbArg + 1]) : quick ? 1 : 5) * 1024 * 1024;

/** The base texts: PolNeAR dev when present (only its `text` fields), else the fixtures. */
function baseTexts() {
  const dev = path.join(root, '..', 'shared', 'eval', 'polnear-dev.jsonl');
  if (existsSync(dev)) {
    const texts = readFileSync(dev, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l).text);
    return { name: 'polnear-dev', texts };
  }
  const dir = path.join(root, 'fixtures');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
  return { name: 'fixtures/*.txt', texts };
}

const { name, texts: base } = baseTexts();
const corpus = [];
let bytes = 0;
while (bytes < targetBytes) {
  for (const text of base) {
    corpus.push(text);
    bytes += Buffer.byteLength(text);
    if (bytes >= targetBytes) break;
  }
}
const mb = bytes / 1024 / 1024;

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const whosaidSeconds = time(() => {
  for (const [i, text] of corpus.entries()) extract(text, { id: String(i) });
});
const compromiseSeconds = time(() => {
  for (const text of corpus) nlp(text).json();
});
const peakRssMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes

// --jobs 2 in-process: the same pool the CLI uses, start-up of the workers included.
const poolStart = process.hrtime.bigint();
const pool = new ExtractPool(2);
await pool.map(corpus.map((text, i) => ({ text, path: String(i) })));
await pool.close();
const jobs2Seconds = Number(process.hrtime.bigint() - poolStart) / 1e9;

// --jobs as users run it: the whole CLI, one process per run, over the corpus written as one file per article
// (worker start-up, reading, output and the main thread included).
function cliSeconds(dir, jobs) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['bin/whosaid.js', '-q', '--jobs', String(jobs), '--format', 'ndjson', dir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (r.status !== 0) throw new Error(`whosaid --jobs ${jobs} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}
const filesDir = mkdtempSync(path.join(os.tmpdir(), 'whosaid-bench-'));
let cliJobs1Seconds;
let cliJobs2Seconds;
try {
  corpus.forEach((text, i) => writeFileSync(path.join(filesDir, `${String(i).padStart(6, '0')}.txt`), text));
  cliJobs1Seconds = cliSeconds(filesDir, 1);
  cliJobs2Seconds = cliSeconds(filesDir, 2);
} finally {
  rmSync(filesDir, { recursive: true, force: true });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function startup(args) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(runs);
}
const whosaidStart = startup(['bin/whosaid.js', 'fixtures/syria-clashes.txt', '--format', 'json']);
const compromiseStart = startup(['-e', "import('compromise')"]);
const compromiseBuildStart = startup(['-e', "require('compromise')"]);

const row = (label, value) => `${label.padEnd(34)}${value}`;
const rate = (s) => `${(mb / s).toFixed(3)} MB/s  ${(corpus.length / s).toFixed(1)} articles/s  (${s.toFixed(2)} s)`;
console.log(
  [
    row('machine', `${os.availableParallelism()} cores, ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}`),
    row('corpus', `${name} repeated: ${corpus.length} articles, ${mb.toFixed(2)} MB`),
    row('whosaid extract (1 thread)', rate(whosaidSeconds)),
    row('compromise nlp(text).json()', rate(compromiseSeconds)),
    row('whosaid / compromise time', `${(whosaidSeconds / compromiseSeconds).toFixed(2)}x`),
    row('whosaid --jobs 2 (pool)', `${rate(jobs2Seconds)}  speed-up ${(whosaidSeconds / jobs2Seconds).toFixed(2)}x`),
    row('whosaid CLI --jobs 1 (files)', rate(cliJobs1Seconds)),
    row(
      'whosaid CLI --jobs 2 (files)',
      `${rate(cliJobs2Seconds)}  speed-up ${(cliJobs1Seconds / cliJobs2Seconds).toFixed(2)}x`,
    ),
    row('peak RSS (main thread runs)', `${peakRssMb.toFixed(0)} MB`),
    row('start-up whosaid (1 file, json)', `${whosaidStart.toFixed(0)} ms (median of 5)`),
    row('start-up import(compromise)', `${compromiseStart.toFixed(0)} ms (median of 5)`),
    row('start-up ratio', `${(whosaidStart / compromiseStart).toFixed(2)}x`),
    row('start-up require(compromise)', `${compromiseBuildStart.toFixed(0)} ms (median of 5; the build whosaid loads)`),
    row('start-up ratio to that', `${(whosaidStart / compromiseBuildStart).toFixed(2)}x`),
  ].join('\n'),
);
