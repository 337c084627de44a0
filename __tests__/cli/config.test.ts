/** Config through the CLI: found upwards, flags win, errors exit 2 naming file and key; print-config. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { tempDirs } from '../temp-dirs.js';

const tempDir = tempDirs('whosaid-cfg-');

const ARTICLE = '"We will rebuild," Mayor Ann Lee said.\n\nAbout 200 homes were reportedly lost.\n';

async function project(config: string | null) {
  const dir = tempDir();
  if (config !== null) await writeFile(path.join(dir, 'whosaid.config.json'), config);
  await mkdir(path.join(dir, 'news'));
  await writeFile(path.join(dir, 'news', 'a.txt'), ARTICLE);
  return dir;
}

async function whosaid(cwd: string, args: string[]) {
  const io = memoryIo({ cwd, env: {} });
  const code = await run(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

test('format and fields from the config; a flag wins over it; --no-config ignores it', async () => {
  const dir = await project('{"format":"csv","fields":["id","kind"]}');
  const sub = path.join(dir, 'news');
  expect((await whosaid(sub, ['a.txt'])).stdout.split('\n')[0]).toBe('id,kind');
  expect((await whosaid(sub, ['--fields', 'kind', 'a.txt'])).stdout.split('\n')[0]).toBe('kind');
  expect((await whosaid(sub, ['--no-config', '-f', 'csv', 'a.txt'])).stdout.split('\n')[0]).toBe(
    'path,id,kind,source,sourceKind,cue,text,numbers,hedges,line,column,start,end',
  );
});

test('failOn from the config fails the run', async () => {
  const dir = await project('{"failOn":["hedged-unattributed"],"format":"json"}');
  const { code, stdout } = await whosaid(dir, ['news/a.txt']);
  expect(code).toBe(1);
  expect(JSON.parse(stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['hedged-unattributed']);
});

test.each([
  ['{"fromat":"csv"}', "unknown key 'fromat' (did you mean 'format'?)", ':1:2'],
  ['{"failOn":"x"}', "'failOn' must be an array of strings", ':1:2'],
  ['{\n  "format": "csv",,\n}', 'invalid JSON', ':2:19'],
])('config error %j: exit 2, names the file, place and problem', async (config, message, place) => {
  const dir = await project(config);
  const { code, stdout, stderr } = await whosaid(dir, ['news/a.txt']);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr.startsWith(`whosaid: config: ${path.join(dir, 'whosaid.config.json')}${place}: `)).toBe(true);
  expect(stderr).toContain(message);
});

test('print-config shows the merged settings and the file they came from', async () => {
  const dir = await project('{"format":"markdown","cueVerbs":["quip"],"aliases":{"Lee":"Ann Lee"}}');
  const { code, stdout } = await whosaid(dir, ['print-config', '--fail-on', 'anonymous-source']);
  expect(code).toBe(0);
  expect(JSON.parse(stdout)).toEqual({
    configFile: path.join(dir, 'whosaid.config.json'),
    format: 'markdown',
    highlight: false,
    failOn: ['anonymous-source'],
    maxWarnings: 0,
    exitZero: false,
    quiet: false,
    ext: ['.txt', '.md'],
    cueVerbs: ['quip'],
    aliases: { Lee: 'Ann Lee' },
    lenient: false,
    stdinFilename: '-',
    ignore: true,
    outputs: [],
  });
});

test('cueVerbs from the config reach the extractor', async () => {
  const dir = await project('{"cueVerbs":["mutter"],"format":"json"}');
  await writeFile(path.join(dir, 'q.txt'), 'Ann Lee muttered that the bridge was fine.\n');
  const withVerb = JSON.parse((await whosaid(dir, ['q.txt'])).stdout).documents[0].claims;
  const without = JSON.parse((await whosaid(dir, ['--no-config', '-f', 'json', 'q.txt'])).stdout).documents[0].claims;
  expect(withVerb.map((c: { cue: { text: string } | null }) => c.cue?.text)).toContain('muttered');
  expect(without.map((c: { cue: { text: string } | null }) => c.cue?.text)).not.toContain('muttered');
});
