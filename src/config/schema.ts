/**
 * The config file's shape and its validation. Hand-written rather than a schema library: six keys,
 * and every error must name the file, the key and, where it can, the line:column.
 */
import { FORMATS } from '../report/index.js';
import { didYouMean } from '../report/did-you-mean.js';
import { parseFields, type ReportField } from '../report/fields.js';
import { parseRules } from '../policy/findings.js';
import type { PolicyRule } from '../policy/rules.js';

/** A validated config. Every key is optional; command-line flags win over it. */
export interface WhosaidConfig {
  format?: (typeof FORMATS)[number];
  failOn?: PolicyRule[];
  cueVerbs?: string[];
  aliases?: Record<string, string>;
  ext?: string[];
  fields?: ReportField[];
  /** Severity per policy rule, as ESLint's `rules`: "error" fails the run, "warn" reports only, "off" does not run it. */
  rules?: Partial<Record<PolicyRule, RuleSetting>>;
}

export const RULE_SETTINGS = ['error', 'warn', 'off'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

export const CONFIG_KEYS = ['format', 'failOn', 'rules', 'cueVerbs', 'aliases', 'ext', 'fields'] as const;

/** A config problem; the message already names the file and the place. */
export class ConfigError extends Error {}

/** 1-based line:column of a string offset. */
export function lineColumn(content: string, offset: number): string {
  const before = content.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/** Where a key is written in the file (first occurrence), for error messages. */
function keyPlace(content: string | undefined, key: string): string {
  if (content === undefined) return '';
  const at = content.indexOf(JSON.stringify(key));
  return at < 0 ? '' : `:${lineColumn(content, at)}`;
}

function stringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** `"rules": {"anonymous-source": "warn", …}`: known rule names, each "error", "warn" or "off". */
function validateRules(value: unknown, fail: (message: string) => never): Partial<Record<PolicyRule, RuleSetting>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(`'rules' must be an object mapping each rule to "error", "warn" or "off"`);
  const rules: Partial<Record<PolicyRule, RuleSetting>> = {};
  for (const [name, setting] of Object.entries(value as object)) {
    try {
      parseRules([name]);
    } catch (error) {
      fail(`'rules': ${(error as Error).message}`);
    }
    if (!(RULE_SETTINGS as readonly unknown[]).includes(setting))
      fail(`'rules.${name}' must be "error", "warn" or "off", not ${JSON.stringify(setting)}`);
    rules[name as PolicyRule] = setting as RuleSetting;
  }
  return rules;
}

/** Check a parsed config object; throws ConfigError naming `file` and the bad key. */
export function validateConfig(raw: unknown, file: string, content?: string): WhosaidConfig {
  const fail = (key: string, message: string): never => {
    throw new ConfigError(`${file}${keyPlace(content, key)}: ${message}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ConfigError(`${file}: the config must be a JSON object`);
  const config: WhosaidConfig = {};
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case 'format':
        if (typeof value !== 'string' || !(FORMATS as readonly string[]).includes(value)) {
          fail(
            key,
            `'format' must be one of ${FORMATS.join(', ')}${typeof value === 'string' ? didYouMean(value, FORMATS) : ''}`,
          );
        }
        config.format = value as WhosaidConfig['format'];
        break;
      case 'failOn':
      case 'fields':
      case 'cueVerbs':
      case 'ext':
        if (!stringArray(value)) fail(key, `'${key}' must be an array of strings`);
        try {
          if (key === 'failOn') config.failOn = parseRules(value as string[]);
          else if (key === 'fields') config.fields = parseFields(value as string[]);
          else if (key === 'cueVerbs') config.cueVerbs = value as string[];
          else config.ext = value as string[];
        } catch (error) {
          fail(key, `'${key}': ${(error as Error).message}`);
        }
        break;
      case 'aliases':
        if (
          typeof value !== 'object' ||
          value === null ||
          Array.isArray(value) ||
          !Object.values(value).every((v) => typeof v === 'string')
        ) {
          fail(key, `'aliases' must be an object mapping each alias to a canonical name (strings)`);
        }
        config.aliases = value as Record<string, string>;
        break;
      case 'rules':
        config.rules = validateRules(value, (message) => fail(key, message));
        break;
      default:
        fail(key, `unknown key '${key}'${didYouMean(key, CONFIG_KEYS)}; known keys: ${CONFIG_KEYS.join(', ')}`);
    }
  }
  return config;
}
