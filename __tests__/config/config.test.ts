import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { ConfigError, validateConfig } from '../../src/config/schema.js';
import { tempDirs } from '../temp-dirs.js';

const tempDir = tempDirs('whosaid-config-');

describe('validateConfig', () => {
  test('accepts every key', () => {
    const raw = {
      format: 'csv',
      failOn: ['anonymous-source'],
      cueVerbs: ['quip'],
      aliases: { Bob: 'Robert Smith' },
      ext: ['.txt'],
      fields: ['id', 'text'],
    };
    expect(validateConfig(raw, 'c.json')).toEqual(raw);
  });

  test.each([
    [
      { fromat: 'csv' },
      "c.json: unknown key 'fromat' (did you mean 'format'?); known keys: format, failOn, rules, cueVerbs, aliases, ext, fields",
    ],
    [{ format: 'xml' }, "c.json: 'format' must be one of table, json, ndjson, csv, tsv, markdown, github, sarif, html"],
    [
      { format: 'jsn' },
      "c.json: 'format' must be one of table, json, ndjson, csv, tsv, markdown, github, sarif, html (did you mean 'json'?)",
    ],
    [{ failOn: 'anonymous-source' }, "c.json: 'failOn' must be an array of strings"],
    [
      { failOn: ['anonymus-source'] },
      "c.json: 'failOn': unknown rule 'anonymus-source' (did you mean 'anonymous-source'?); valid rules: unattributed-number, anonymous-source, hedged-unattributed, unresolved-speaker",
    ],
    [
      { fields: ['id', 'txt'] },
      "c.json: 'fields': unknown field 'txt' (did you mean 'text'?); valid fields: path, document, id, kind, source, sourceKind, cue, text, numbers, hedges, line, column, start, end",
    ],
    [{ aliases: { Bob: 1 } }, "c.json: 'aliases' must be an object mapping each alias to a canonical name (strings)"],
    [[], 'c.json: the config must be a JSON object'],
  ])('%j -> %s', (raw, message) => {
    expect(() => validateConfig(raw, 'c.json')).toThrow(new ConfigError(message));
  });

  test('names the line:column of the bad key when the file text is known', () => {
    expect(() =>
      validateConfig({ format: 'csv', colour: true }, 'c.json', '{\n  "format": "csv",\n  "colour": true\n}'),
    ).toThrow("c.json:3:3: unknown key 'colour'");
  });
});

describe('loadConfig', () => {
  let root: string;
  beforeEach(async () => {
    root = tempDir();
  });

  test('finds whosaid.config.json in a parent directory', async () => {
    await writeFile(path.join(root, 'whosaid.config.json'), '{"format":"markdown"}');
    await mkdir(path.join(root, 'a', 'b'), { recursive: true });
    expect(await loadConfig({ cwd: path.join(root, 'a', 'b') })).toEqual({
      file: path.join(root, 'whosaid.config.json'),
      config: { format: 'markdown' },
    });
  });

  test('falls back to the "whosaid" key of package.json', async () => {
    await writeFile(path.join(root, 'package.json'), '{"name":"x","whosaid":{"failOn":["unresolved-speaker"]}}');
    expect(await loadConfig({ cwd: root })).toEqual({
      file: path.join(root, 'package.json'),
      config: { failOn: ['unresolved-speaker'] },
    });
  });

  test('--no-config ignores files; --config reads the named one', async () => {
    await writeFile(path.join(root, 'whosaid.config.json'), '{"format":"markdown"}');
    await writeFile(path.join(root, 'other.json'), '{"format":"csv"}');
    expect(await loadConfig({ cwd: root, explicit: false })).toEqual({ file: null, config: {} });
    expect(await loadConfig({ cwd: root, explicit: 'other.json' })).toEqual({
      file: path.join(root, 'other.json'),
      config: { format: 'csv' },
    });
  });

  test('bad JSON names the file and line:column', async () => {
    await writeFile(path.join(root, 'whosaid.config.json'), '{\n  "format": "csv",\n}');
    await expect(loadConfig({ cwd: root })).rejects.toThrow(
      new RegExp(`^${path.join(root, 'whosaid.config.json').replace(/[.]/g, '\\.')}:3:1: invalid JSON: `),
    );
  });

  test('a missing --config file is a config error', async () => {
    await expect(loadConfig({ cwd: root, explicit: 'nope.json' })).rejects.toThrow(
      'nope.json: cannot read config: no such file or directory',
    );
  });
});
