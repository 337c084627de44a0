/** Subcommands that report no claim tables refuse the global flags that shape or judge them (exit 2), never ignore them. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli/run.js';
import { memoryIo } from '../../src/cli/io.js';
import { tempDirs } from '../temp-dirs.js';

const tempDir = tempDirs('whosaid-claim-flags-');
const ARTICLE = path.resolve('fixtures/gender-alternating.txt');

describe('a claim-report flag given to a subcommand: exit 2, the flag named, nothing printed', () => {
  test.each([
    [['sources', '--output', 'json=out.json'], 'sources: --output writes claim reports of the default command'],
    [['sources', '--only', 'quotes'], 'sources: --only applies to claim reports of the default command only'],
    [['sources', '--fields', 'source,text'], 'sources: --fields applies to claim reports of the default command only'],
    [
      ['sources', '--fail-on', 'anonymous-source'],
      'sources: --fail-on applies to claim reports of the default command only',
    ],
    [['sources', '--highlight'], 'sources: --highlight applies to claim reports of the default command only'],
    [
      ['report', '--fail-on', 'anonymous-source'],
      'report: --fail-on applies to claim reports of the default command only',
    ],
    [['report', '--fields', 'source,text'], 'report: --fields applies to claim reports of the default command only'],
    [['report', '--only', 'quotes'], 'report: --only applies to claim reports of the default command only'],
    [
      ['report', '--warn-on', 'anonymous-source'],
      'report: --warn-on applies to claim reports of the default command only',
    ],
    [['report', '--exit-zero'], 'report: --exit-zero applies to claim reports of the default command only'],
    [['check', '--max-warnings', '3'], 'check: --max-warnings applies to claim reports of the default command only'],
    [['check', '--width', '80'], 'check: --width applies to claim reports of the default command only'],
    [['eval', '--fields', 'source,text'], 'eval: --fields applies to claim reports of the default command only'],
    [['eval', '--output', 'json=out.json'], 'eval: --output writes claim reports of the default command'],
  ])('%j', async (args, message) => {
    const dir = tempDir();
    const io = memoryIo({ cwd: dir });
    expect(await run([...args, ARTICLE], io)).toBe(2);
    expect(io.stderr).toBe(`whosaid: ${message}${message.includes('--output') ? '; use --format and redirect' : ''}\n`);
    expect(io.stdout).toBe('');
  });

  test('the same settings from a config file are defaults of the default command: sources and report still run', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'whosaid.config.json'),
      JSON.stringify({ fields: ['source', 'text'], failOn: ['anonymous-source'] }),
    );
    for (const command of ['sources', 'report']) {
      const io = memoryIo({ cwd: dir });
      expect(await run([command, '-f', 'json', ARTICLE], io)).toBe(0);
      expect(io.stderr).toBe('');
      expect(() => JSON.parse(io.stdout) as unknown).not.toThrow();
    }
  });
});
