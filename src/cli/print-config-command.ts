/** `whosaid print-config`: the merged settings (flags over config file over defaults) as JSON. */
import { Command } from 'commander';
import type { Io } from './io.js';
import { settingsOrExit } from './extract-command.js';

export function printConfigCommand(io: Io, result: { code: number }): Command {
  return new Command('print-config')
    .description('print the settings in effect (flags over whosaid.config.json over defaults) as JSON')
    .action(async (_options, command: Command) => {
      const settings = await settingsOrExit(command.optsWithGlobals(), io);
      if (typeof settings === 'number') {
        result.code = settings;
        return;
      }
      io.out(`${JSON.stringify(settings, null, 2)}\n`);
      result.code = 0;
    });
}
