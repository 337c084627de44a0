/**
 * `whosaid check [dir|files…]`: compare each X.txt with the golden X.claims.json beside it and print
 * the drift. Exit 1 on any drift (a missing golden file included), 0 when all match, 2 on bad input.
 * `--update` rewrites golden files atomically (temp file in the same directory, then rename).
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import type { ClaimsFile, DocumentResult } from '../types.js';
import type { Io } from './io.js';
import type { CliOptions, Settings } from '../config/settings.js';
import { extract } from '../pipeline.js';
import { readInput } from '../read/inputs.js';
import { formatJson } from '../report/json.js';
import { documentDrift } from '../report/drift.js';
import { expandAll, internalErrorLine, readOptionsOf, settingsOrExit } from './extract-command.js';
import { terminalSafe } from '../report/terminal-text.js';

/** The golden file of an article: same directory, same stem, ".claims.json". */
export function goldenPathOf(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.claims.json`);
}

/**
 * The golden content of an article: `formatJson` of its document with path (and so id) set to the
 * article's file name, i.e. what `whosaid --format json X.txt` prints when run from X.txt's directory.
 */
export function goldenDocument(
  text: string,
  file: string,
  settings: Pick<Settings, 'cueVerbs' | 'aliases'>,
): DocumentResult {
  return extract(text, { path: path.basename(file), cueVerbs: settings.cueVerbs, aliases: settings.aliases });
}

/** Write a file so that readers see the old or the new content, never half of it. */
export async function writeAtomically(file: string, content: string): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, content);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

type Outcome = 'match' | 'drift' | 'error' | 'updated';

async function checkOne(file: string, settings: Settings, update: boolean, io: Io): Promise<Outcome> {
  const input = await readInput(file, readOptionsOf(settings, io));
  if ('error' in input) {
    io.err(`whosaid: ${terminalSafe(file)}: ${input.error}\n`);
    return 'error';
  }
  let actual: DocumentResult;
  try {
    actual = goldenDocument(input.text, file, settings);
  } catch (error) {
    // One article that hits a bug is an error for that file; the others are still checked.
    io.err(internalErrorLine(file, error));
    return 'error';
  }
  const goldenFile = goldenPathOf(file);
  const fresh = formatJson([actual]);
  let stored: string | undefined;
  try {
    stored = await readFile(path.resolve(io.cwd, goldenFile), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      io.err(`whosaid: ${terminalSafe(goldenFile)}: ${(error as Error).message}\n`);
      return 'error';
    }
  }
  if (update) {
    if (stored === fresh) return 'match';
    await writeAtomically(path.resolve(io.cwd, goldenFile), fresh);
    io.out(`${stored === undefined ? 'created' : 'updated'} ${goldenFile}\n`);
    return 'updated';
  }
  if (stored === undefined) {
    io.out(`✗ ${file}: missing golden file ${goldenFile} (run whosaid check --update to create it)\n`);
    return 'drift';
  }
  let golden: DocumentResult;
  try {
    const parsed = JSON.parse(stored) as ClaimsFile;
    if (parsed?.version !== 1 || !Array.isArray(parsed.documents) || parsed.documents.length !== 1)
      throw new Error('expected {"version":1,"documents":[one document]}');
    golden = parsed.documents[0];
  } catch (error) {
    io.err(`whosaid: ${terminalSafe(goldenFile)}: invalid golden file: ${(error as Error).message}\n`);
    return 'error';
  }
  const drift = documentDrift(golden, actual);
  if (drift.length === 0) {
    io.out(`✓ ${file}\n`);
    return 'match';
  }
  io.out(`✗ ${file} (golden ${goldenFile}):\n${drift.map((l) => `    ${l}`).join('\n')}\n`);
  return 'drift';
}

export async function checkAction(
  paths: string[],
  options: CliOptions & { update?: boolean },
  io: Io,
): Promise<number> {
  const settings = await settingsOrExit(options, io);
  if (typeof settings === 'number') return settings;
  if (paths.includes('-')) {
    io.err('whosaid: check: reads files only, not standard input\n');
    return 2;
  }
  const { paths: files, failed } = await expandAll(paths.length === 0 ? ['.'] : paths, readOptionsOf(settings, io), io);
  const outcomes: Outcome[] = [];
  for (const file of files) outcomes.push(await checkOne(file, settings, Boolean(options.update), io));
  const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
  const drifted = count('drift');
  if (options.update) io.out(`${files.length} checked, ${count('updated')} golden files written\n`);
  else io.out(`${files.length} checked, ${drifted} drifted${count('error') ? `, ${count('error')} unreadable` : ''}\n`);
  if (failed || count('error') > 0) return 2;
  return drifted > 0 ? 1 : 0;
}

/** The `check` subcommand; global options (config, ext, lenient) come through optsWithGlobals. */
export function checkCommand(io: Io, result: { code: number }): Command {
  return new Command('check')
    .description('compare each X.txt with its golden X.claims.json; exit 1 on drift')
    .argument('[paths...]', 'articles or directories (default: the current directory)')
    .option('--update', 'write the golden files from the current extraction (atomically)')
    .addHelpText(
      'after',
      `
Examples:
  $ whosaid check fixtures/             exit 1 and show a diff when any fixture drifted
  $ whosaid check --update fixtures/    accept the current output as the new golden files`,
    )
    .action(async (paths: string[], _options, command: Command) => {
      result.code = await checkAction(paths, command.optsWithGlobals(), io);
    });
}
