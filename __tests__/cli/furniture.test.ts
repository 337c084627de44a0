/** Page furniture from the CLI: a dateline names no number claim, so a wire story passes --fail-on unattributed-number. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

async function whosaid(args: string[], stdin?: string) {
  const io = memoryIo({ cwd: FIXTURES, env: {}, stdin });
  const code = await run([...args, '--no-config'], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

test('a wire story whose only numbers are in its dateline, date line and byline breaks no number rule', async () => {
  const result = await whosaid(['--fail-on', 'unattributed-number', '--format', 'json', 'wire-dateline.txt']);
  expect(result.code).toBe(0);
  const file = JSON.parse(result.stdout);
  expect(file.findings).toEqual([]);
  const document = file.documents[0];
  expect(document.claims.flatMap((c: { numbers: unknown[] }) => c.numbers)).toEqual([]);
  expect(document.zones.map((z: { kind: string }) => z.kind)).toEqual(['headline', 'byline', 'dateline', 'dateline']);
  expect(document.dateline).toEqual({
    text: 'HALIFAX, July 28 (CP) —',
    start: 96,
    end: 119,
    place: 'HALIFAX',
    agency: 'CP',
  });
});

test('the same story with a number in its running text does break the rule', async () => {
  const text = (await readFile(path.join(FIXTURES, 'wire-dateline.txt'), 'utf8')).replace(
    'new vessels.',
    'new vessels. About 4,000 people ride the ferry each day.',
  );
  const result = await whosaid(['--fail-on', 'unattributed-number', '--stdin-filename', 'wire.txt'], text);
  expect(result.code).toBe(1);
  expect(result.stdout).toContain('About 4,000 people ride the ferry each day.');
});
