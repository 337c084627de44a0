import { run } from '../../src/cli/run.js';
import { memoryIo } from '../../src/cli/io.js';
import type { ClaimsFile } from '../../src/types.js';

/** Each person's name, gender and evidence kinds, from the CLI's JSON. */
async function people(args: string[]): Promise<[string, string | null | undefined, string[]][]> {
  const io = memoryIo();
  expect(await run(['--format', 'json', ...args, 'fixtures/gender-first-name.txt'], io)).toBe(0);
  const file = JSON.parse(io.stdout) as ClaimsFile;
  return file.documents[0].sources
    .filter((s) => s.kind === 'person')
    .map((s) => [s.name, s.gender, (s.genderEvidence ?? []).map((e) => `${e.kind}:${e.text}`)]);
}

describe('--gender-names', () => {
  test('off by default: the article alone gives no gender', async () => {
    expect(await people([])).toEqual([
      ['Margaret Ellison', null, []],
      ['Jordan Price', null, []],
    ]);
  });

  test('on: a first name in one list gives its gender; one in both lists gives none', async () => {
    expect(await people(['--gender-names'])).toEqual([
      ['Margaret Ellison', 'female', ['first-name:Margaret']],
      ['Jordan Price', null, []],
    ]);
  });

  test('with --input ndjson too', async () => {
    const io = memoryIo({ stdin: `${JSON.stringify({ id: 'a', text: '“Yes,” said Margaret Ellison.' })}\n` });
    expect(await run(['--input', 'ndjson', '--format', 'ndjson', '--gender-names'], io)).toBe(0);
    expect(JSON.parse(io.stdout).sources[0].gender).toBe('female');
  });
});
