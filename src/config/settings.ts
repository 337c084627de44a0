/**
 * The settings of one run: command-line flags over the config file over built-in defaults.
 * Flags are validated here too, so every usage error has one wording and exit code 2.
 */
import type { ExtractOptions } from '../types.js';
import { FORMATS, type Format } from '../report/index.js';
import { didYouMean } from '../report/did-you-mean.js';
import { parseFields, type ReportField } from '../report/fields.js';
import { parseOnly, type OnlyFilter } from '../report/only.js';
import { parseRules } from '../policy/findings.js';
import { POLICY_RULES, type PolicyRule } from '../policy/rules.js';
import { loadConfig } from './load.js';
import { parseOutputs, type OutputTarget } from '../cli/outputs.js';
import type { RuleSetting, WhosaidConfig } from './schema.js';

/** Flags as commander hands them over (all optional: absent means "ask the config"). */
export interface CliOptions {
  format?: string;
  fields?: string;
  only?: string;
  failOn?: string;
  warnOn?: string;
  /** false with `--no-ignore`: directories and globs do not honour .gitignore/.whosaidignore. */
  ignore?: boolean;
  /** `--output <format>=<path>`, repeatable. */
  output?: string[];
  maxWarnings?: string;
  exitZero?: boolean;
  quiet?: boolean;
  highlight?: boolean;
  config?: string | false;
  ext?: string;
  color?: boolean;
  lenient?: boolean;
  stdinFilename?: string;
  width?: string;
}

export interface Settings {
  configFile: string | null;
  format: Format;
  highlight: boolean;
  fields?: ReportField[];
  /** --only: the claim families kept (a claim kept by any of them is shown). */
  only?: OnlyFilter[];
  /**
   * Every policy rule that runs, whatever its severity; undefined when no policy was asked for (then no
   * findings are computed or printed).
   */
  failOn?: PolicyRule[];
  /** The rules of `failOn` whose findings are warnings (reported, never failing the run). */
  warnOn?: PolicyRule[];
  maxWarnings: number;
  exitZero: boolean;
  quiet: boolean;
  /** Lower-case, with the dot. */
  ext: string[];
  cueVerbs?: string[];
  aliases?: Record<string, string>;
  color?: boolean;
  lenient: boolean;
  stdinFilename: string;
  /** Honour .gitignore and .whosaidignore in directories and globs. */
  ignore: boolean;
  /** Files written besides stdout (`--output`). */
  outputs: OutputTarget[];
  /** --width: columns for the table (else the terminal's width). */
  width?: number;
}

/** Bad flags (exit 2). Config problems are ConfigError from ./schema.js (also exit 2). */
export class UsageError extends Error {}

export const DEFAULT_EXTENSIONS = ['.txt', '.md'];

function normaliseExtensions(list: readonly string[]): string[] {
  return list
    .map((e) => e.trim())
    .filter((e) => e !== '')
    .map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
}

function usage<T>(parse: () => T, flag: string): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(`${flag}: ${(error as Error).message}`);
  }
}

/**
 * The rules that run and those that only warn. Later wins: the config's `failOn` (unless `--fail-on` is
 * given), its `rules`, then `--fail-on` (errors) and `--warn-on` (warnings). A rule in both flags is an error.
 */
function policyOf(options: CliOptions, config: WhosaidConfig): { failOn: PolicyRule[]; warnOn: PolicyRule[] } {
  const severity = new Map<PolicyRule, 'error' | 'warn'>();
  const failFlag =
    options.failOn !== undefined ? usage(() => parseRules(options.failOn ?? ''), '--fail-on') : undefined;
  const warnFlag = options.warnOn !== undefined ? usage(() => parseRules(options.warnOn ?? ''), '--warn-on') : [];
  for (const rule of failFlag ?? config.failOn ?? []) severity.set(rule, 'error');
  for (const [rule, setting] of Object.entries(config.rules ?? {}) as [PolicyRule, RuleSetting][]) {
    if (setting === 'off') severity.delete(rule);
    else severity.set(rule, setting);
  }
  for (const rule of failFlag ?? []) severity.set(rule, 'error');
  for (const rule of warnFlag) {
    if (failFlag?.includes(rule)) throw new UsageError(`--warn-on: rule '${rule}' is also in --fail-on; give it once`);
    severity.set(rule, 'warn');
  }
  // In the order of the rule list, so output does not depend on how the rules were named.
  const failOn = POLICY_RULES.filter((rule) => severity.has(rule));
  return { failOn, warnOn: failOn.filter((rule) => severity.get(rule) === 'warn') };
}

/** Merge flags, config and defaults. Throws UsageError or ConfigError. */
export async function resolveSettings(options: CliOptions, cwd: string): Promise<Settings> {
  const { file, config } = await loadConfig({ cwd, explicit: options.config });
  if (options.format !== undefined && !(FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(
      `--format: unknown format '${options.format}'${didYouMean(options.format, FORMATS)}; valid formats: ${FORMATS.join(', ')}`,
    );
  }
  let maxWarnings = 0;
  if (options.maxWarnings !== undefined) {
    if (!/^\d+$/.test(options.maxWarnings))
      throw new UsageError(`--max-warnings: expected a whole number ≥ 0, got '${options.maxWarnings}'`);
    maxWarnings = Number(options.maxWarnings);
  }
  // --highlight prints the article for a reader; a format named on the command line is another output for stdout.
  if (options.highlight && options.format !== undefined && options.format !== 'table')
    throw new UsageError(
      `--highlight prints the article for a terminal and cannot be combined with --format ${options.format}; drop one (--output ${options.format}=<path> writes a file besides the highlight)`,
    );
  if (options.width !== undefined && !/^[1-9]\d{0,4}$/.test(options.width))
    throw new UsageError(`--width: expected a number of columns ≥ 1, got '${options.width}'`);
  const { failOn, warnOn } = policyOf(options, config);
  return {
    configFile: file,
    format: (options.format as Format | undefined) ?? config.format ?? 'table',
    highlight: Boolean(options.highlight),
    fields: options.fields !== undefined ? usage(() => parseFields(options.fields ?? ''), '--fields') : config.fields,
    only: options.only !== undefined ? usage(() => parseOnly(options.only ?? ''), '--only') : undefined,
    failOn: failOn.length > 0 ? failOn : undefined,
    warnOn: warnOn.length > 0 ? warnOn : undefined,
    maxWarnings,
    exitZero: Boolean(options.exitZero),
    quiet: Boolean(options.quiet),
    ext: normaliseExtensions(options.ext !== undefined ? options.ext.split(',') : (config.ext ?? DEFAULT_EXTENSIONS)),
    cueVerbs: config.cueVerbs,
    aliases: config.aliases,
    color: options.color,
    lenient: Boolean(options.lenient),
    stdinFilename: options.stdinFilename ?? '-',
    ignore: options.ignore !== false,
    outputs: usage(() => parseOutputs(options.output ?? []), '--output'),
    width: options.width === undefined ? undefined : Number(options.width),
  };
}

/**
 * What extraction takes from the settings: configured cue verbs and aliases, and (`--gender-names`) the first-name
 * lists, named only when asked for so that workers get the same options object as a run without them.
 */
export function extractOptionsOf(
  settings: Pick<Settings, 'cueVerbs' | 'aliases'>,
  genderNames?: boolean,
): ExtractOptions {
  return { cueVerbs: settings.cueVerbs, aliases: settings.aliases, ...(genderNames ? { genderNames: true } : {}) };
}
