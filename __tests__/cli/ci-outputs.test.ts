/** CI from the CLI: severities (::error / ::warning), --output files, the GitHub step summary and its cap, ignore files. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { tempDirs } from '../temp-dirs.js';

const tempDir = tempDirs('whosaid-ci-');

/** Two findings: a hedged unattributed claim with a number, and a quote nobody is named for. */
const ARTICLE = [
  'Storm Hits Coast',
  '',
  'On Sunday, about 2,000 homes may have been without power.',
  '',
  '"We lost everything."',
  '',
  'Mayor Ann Lee said the roads would reopen on Tuesday.',
  '',
].join('\n');

async function whosaid(cwd: string, args: string[], env: Record<string, string> = {}) {
  const io = memoryIo({ cwd, env });
  const code = await run(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

async function articleDir(config?: string): Promise<string> {
  const dir = tempDir();
  await writeFile(path.join(dir, 'storm.txt'), ARTICLE);
  if (config !== undefined) await writeFile(path.join(dir, 'whosaid.config.json'), config);
  return dir;
}

describe('severities', () => {
  test('the article has the findings these tests rely on', async () => {
    const dir = await articleDir();
    const { stdout } = await whosaid(dir, [
      '--no-config',
      '-f',
      'github',
      '--fail-on',
      'unattributed-number,unresolved-speaker',
      'storm.txt',
    ]);
    expect(
      stdout
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => l.replace(/::[^:]*$/, '')),
    ).toEqual([
      '::error file=storm.txt,line=3,col=1,title=whosaid unattributed-number',
      '::error file=storm.txt,line=5,col=2,title=whosaid unresolved-speaker',
    ]);
  });

  test('--warn-on: ::warning for those rules, errors first, and warnings alone do not fail the run', async () => {
    const dir = await articleDir();
    const both = await whosaid(dir, [
      '--no-config',
      '-f',
      'github',
      '--fail-on',
      'unresolved-speaker',
      '--warn-on',
      'unattributed-number',
      'storm.txt',
    ]);
    expect(both.code).toBe(1);
    expect(both.stdout).toBe(
      '::error file=storm.txt,line=5,col=2,title=whosaid unresolved-speaker::quote with no resolved speaker (c2)\n' +
        '::warning file=storm.txt,line=3,col=1,title=whosaid unattributed-number::number ~2000 homes in a claim with no source (c1)\n',
    );
    const warnings = await whosaid(dir, ['--no-config', '-f', 'json', '--warn-on', 'unattributed-number', 'storm.txt']);
    expect(warnings.code).toBe(0);
    expect(
      JSON.parse(warnings.stdout).findings.map((f: { rule: string; severity: string }) => [f.rule, f.severity]),
    ).toEqual([['unattributed-number', 'warning']]);
  });

  test('config "rules" as ESLint: "warn", "error", "off"; flags win over it', async () => {
    const dir = await articleDir(
      '{"failOn":["hedged-unattributed"],"rules":{"unattributed-number":"warn","unresolved-speaker":"error","hedged-unattributed":"off"}}',
    );
    const fromConfig = await whosaid(dir, ['-f', 'github', 'storm.txt']);
    expect(fromConfig.code).toBe(1);
    expect(fromConfig.stdout.split('\n').map((l) => l.split(' ')[0])).toEqual(['::error', '::warning', '']);
    expect(fromConfig.stdout).not.toContain('hedged-unattributed');
    // --fail-on makes a rule the config marks "warn" an error.
    const flagged = await whosaid(dir, ['-f', 'github', '--fail-on', 'unattributed-number', 'storm.txt']);
    expect(flagged.stdout).toContain('::error file=storm.txt,line=3,col=1,title=whosaid unattributed-number::');
    const printed = JSON.parse((await whosaid(dir, ['print-config'])).stdout);
    expect([printed.failOn, printed.warnOn]).toEqual([
      ['unattributed-number', 'unresolved-speaker'],
      ['unattributed-number'],
    ]);
  });

  test.each([
    [
      '{"rules":{"unattributed-number":"warning"}}',
      `'rules.unattributed-number' must be "error", "warn" or "off", not "warning"`,
    ],
    [
      '{"rules":{"anonymous-sources":"warn"}}',
      "'rules': unknown rule 'anonymous-sources' (did you mean 'anonymous-source'?)",
    ],
    ['{"rules":["anonymous-source"]}', `'rules' must be an object mapping each rule to "error", "warn" or "off"`],
  ])('config %s is an error: %s', async (config, message) => {
    const dir = await articleDir(config);
    const result = await whosaid(dir, ['storm.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  test('a rule in both --fail-on and --warn-on is a usage error', async () => {
    const dir = await articleDir();
    const result = await whosaid(dir, [
      '--no-config',
      '--fail-on',
      'unattributed-number',
      '--warn-on',
      'unattributed-number',
      'storm.txt',
    ]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: "whosaid: --warn-on: rule 'unattributed-number' is also in --fail-on; give it once\n",
    });
  });
});

describe('--output <format>=<path>', () => {
  test('several files in one run, the table still on stdout', async () => {
    const dir = await articleDir();
    const result = await whosaid(dir, [
      '--no-config',
      '--fail-on',
      'unresolved-speaker',
      '--output',
      'sarif=out/whosaid.sarif',
      '-o',
      'markdown=summary.md',
      '-o',
      'ndjson=claims.jsonl',
      'storm.txt',
    ]).catch((error) => error);
    // out/ does not exist: that one file fails, the others are written, the run exits 2.
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'whosaid: --output sarif=out/whosaid.sarif: cannot write out/whosaid.sarif: no such file or directory\n',
    );
    expect(result.stdout).toContain('Ann Lee'); // the claim table
    const summary = await readFile(path.join(dir, 'summary.md'), 'utf8');
    expect(summary.startsWith('## storm.txt\n')).toBe(true);
    expect(summary).toContain('| storm.txt:5:2 | error | unresolved-speaker | quote with no resolved speaker |');
    const lines = (await readFile(path.join(dir, 'claims.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).findings.map((f: { claim: string }) => f.claim))).toEqual([['c2']]);

    await mkdir(path.join(dir, 'out'));
    const again = await whosaid(dir, [
      '--no-config',
      '--fail-on',
      'unresolved-speaker',
      '-o',
      'sarif=out/whosaid.sarif',
      '-f',
      'json',
      'storm.txt',
    ]);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).findings).toHaveLength(1);
    const sarif = JSON.parse(await readFile(path.join(dir, 'out', 'whosaid.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['unresolved-speaker', 'error'],
    ]);
  });

  test('with --format ndjson streaming on stdout, --output files still get every document', async () => {
    const dir = await articleDir();
    const result = await whosaid(dir, ['--no-config', '-f', 'ndjson', '-o', 'json=all.json', 'storm.txt', 'storm.txt']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    expect(JSON.parse(await readFile(path.join(dir, 'all.json'), 'utf8')).documents).toHaveLength(2);
  });

  test.each([
    ['sarif', "whosaid: --output: expected <format>=<path>, e.g. sarif=whosaid.sarif, got 'sarif'\n"],
    [
      'sarf=x.sarif',
      "whosaid: --output: unknown format 'sarf' in 'sarf=x.sarif' (did you mean 'sarif'?); valid formats: table, json, ndjson, csv, tsv, markdown, github, sarif, html\n",
    ],
    ['json=', "whosaid: --output: no path after '=' in 'json='\n"],
    ['json=-', "whosaid: --output: 'json=-': stdout takes --format; --output writes files\n"],
  ])('a bad pair %j: exit 2 before reading anything', async (pair, stderr) => {
    const dir = await articleDir();
    expect(await whosaid(dir, ['--no-config', '--output', pair, 'storm.txt'])).toEqual({ code: 2, stdout: '', stderr });
  });

  test('github and sarif without a policy are empty: one warning per place, for files and NDJSON records alike', async () => {
    const dir = await articleDir();
    const files = await whosaid(dir, [
      '--no-config',
      '-f',
      'sarif',
      '-o',
      'github=a.txt',
      '-o',
      'csv=c.csv',
      'storm.txt',
    ]);
    expect(files.code).toBe(0);
    expect(files.stderr).toBe(
      [
        'whosaid: warning: --format sarif prints policy findings only; add --fail-on <rules>',
        'whosaid: warning: --output github=a.txt holds policy findings only; add --fail-on <rules>',
        '',
      ].join('\n'),
    );
    await writeFile(path.join(dir, 'storm.jsonl'), `${JSON.stringify({ id: 'a1', text: ARTICLE })}\n`);
    const records = await whosaid(dir, ['--no-config', '--input', 'ndjson', '-o', 'sarif=s.sarif', 'storm.jsonl']);
    expect(records.stderr).toBe(
      'whosaid: warning: --output sarif=s.sarif holds policy findings only; add --fail-on <rules>\n',
    );
    const quiet = await whosaid(dir, ['--no-config', '-q', '-f', 'github', 'storm.txt']);
    const policy = await whosaid(dir, [
      '--no-config',
      '--fail-on',
      'anonymous-source',
      '-o',
      'sarif=p.sarif',
      'storm.txt',
    ]);
    expect([quiet.stderr, policy.stderr]).toEqual(['', '']);
  });

  test('the same path twice is an error', async () => {
    const dir = await articleDir();
    const result = await whosaid(dir, ['--no-config', '-o', 'json=a.json', '-o', 'sarif=a.json', 'storm.txt']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: "whosaid: --output: 'a.json' is named twice (json and sarif)\n",
    });
  });
});

describe('GitHub step summary', () => {
  /** An article with `n` findings of one rule: unattributed numbers, one per paragraph. */
  function numbersArticle(n: number): string {
    return Array.from({ length: n }, (_, i) => `In district ${i + 1}, about ${100 + i} homes lost power.`).join('\n\n');
  }

  test('under GitHub Actions: at most 10 annotations per type, a notice, and the rest in the step summary', async () => {
    const dir = tempDir();
    await writeFile(path.join(dir, 'grid.txt'), numbersArticle(12));
    const summaryFile = path.join(dir, 'summary.md');
    await writeFile(summaryFile, '# earlier step\n');
    const result = await whosaid(dir, ['--no-config', '-f', 'github', '--fail-on', 'unattributed-number', 'grid.txt'], {
      GITHUB_STEP_SUMMARY: summaryFile,
    });
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines.slice(0, 10).every((l) => l.startsWith('::error file=grid.txt,'))).toBe(true);
    expect(lines[10]).toBe(
      '::notice title=whosaid::2 errors not annotated (GitHub shows 10 annotations of each type per step): see the step summary',
    );
    const summary = await readFile(summaryFile, 'utf8');
    expect(summary).toBe(
      [
        '# earlier step',
        '## whosaid',
        '',
        '| file | claims | quotes | reported | unattributed | errors | warnings |',
        '| --- | --: | --: | --: | --: | --: | --: |',
        '| grid.txt | 12 | 0 | 0 | 12 | 12 | 0 |',
        '',
        'GitHub shows 10 annotations of each type per step; these 2 errors are listed here only:',
        '',
        '| where | severity | rule | message |',
        '| --- | --- | --- | --- |',
        '| grid.txt:21:1 | error | unattributed-number | number 11; ~110 homes in a claim with no source (c11) |',
        '| grid.txt:23:1 | error | unattributed-number | number 12; ~111 homes in a claim with no source (c12) |',
        '',
      ].join('\n'),
    );
  });

  test('without GITHUB_STEP_SUMMARY every finding is annotated and no file is written', async () => {
    const dir = tempDir();
    await writeFile(path.join(dir, 'grid.txt'), numbersArticle(12));
    const result = await whosaid(dir, ['--no-config', '-f', 'github', '--fail-on', 'unattributed-number', 'grid.txt']);
    expect(result.stdout.trim().split('\n')).toHaveLength(12);
  });
});

describe('ignore files', () => {
  async function tree(): Promise<string> {
    const dir = tempDir();
    await mkdir(path.join(dir, '.git'));
    await mkdir(path.join(dir, 'articles', 'drafts'), { recursive: true });
    await mkdir(path.join(dir, 'articles', 'wire'), { recursive: true });
    await writeFile(path.join(dir, '.gitignore'), 'drafts/\n*.tmp.txt\n');
    await writeFile(path.join(dir, 'articles', 'wire', '.whosaidignore'), 'raw-*.txt\n!raw-keep.txt\n');
    for (const file of [
      'articles/a.txt',
      'articles/b.tmp.txt',
      'articles/drafts/c.txt',
      'articles/wire/raw-1.txt',
      'articles/wire/raw-keep.txt',
      'articles/wire/d.txt',
    ])
      await writeFile(path.join(dir, file), ARTICLE);
    return dir;
  }

  const paths = (stdout: string) => stdout.trim().split('\n').slice(1);

  test.each([
    [['articles'], ['articles/a.txt', 'articles/wire/d.txt', 'articles/wire/raw-keep.txt']],
    [['articles/**/*.txt'], ['articles/a.txt', 'articles/wire/d.txt', 'articles/wire/raw-keep.txt']],
    [
      ['--no-ignore', 'articles'],
      [
        'articles/a.txt',
        'articles/b.tmp.txt',
        'articles/drafts/c.txt',
        'articles/wire/d.txt',
        'articles/wire/raw-1.txt',
        'articles/wire/raw-keep.txt',
      ],
    ],
    // Named on purpose: an ignored directory or file given as an argument is read.
    [['articles/drafts'], ['articles/drafts/c.txt']],
    [['articles/b.tmp.txt'], ['articles/b.tmp.txt']],
  ])('whosaid %j reads %j', async (args, expected) => {
    const dir = await tree();
    const result = await whosaid(dir, ['--no-config', '-f', 'csv', '--fields', 'path', '--only', 'quotes', ...args]);
    expect(result.stderr).toBe('');
    expect([...new Set(paths(result.stdout))]).toEqual(expected);
  });
});
