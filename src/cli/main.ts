/** The process-facing entry: builds the Node Io and runs the program. Only bin/whosaid.js calls it. */
import { run } from './run.js';
import type { Io } from './io.js';

/** Whether a write error means the reader went away (`whosaid … | head`). */
function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

function nodeIo(): Io {
  const write = (stream: NodeJS.WriteStream) => (chunk: string) => {
    if (!stream.destroyed) stream.write(chunk);
  };
  return {
    out: write(process.stdout),
    err: write(process.stderr),
    readStdin: async () => {
      if (process.stdin.isTTY) return null;
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.columns,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Run the CLI with the process's streams; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  // A reader that closes the pipe early is not an error: stop quietly with status 0, as ripgrep does.
  process.stdout.on('error', (error) => {
    if (isClosedPipe(error)) process.exit(0);
    throw error;
  });
  try {
    return await run(argv, nodeIo());
  } catch (error) {
    process.stderr.write(`whosaid: internal error: ${(error as Error).message}\n`);
    return 2;
  }
}
