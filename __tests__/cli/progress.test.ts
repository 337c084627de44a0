import { memoryIo } from '../../src/cli/io.js';
import { showProgress, startProgress } from '../../src/cli/progress.js';

test.each([
  ['a TTY batch', { tty: true, env: {} }, false, 3, true],
  ['not a TTY', { tty: false, env: {} }, false, 3, false],
  ['in CI', { tty: true, env: { CI: 'true' } }, false, 3, false],
  ['--quiet', { tty: true, env: {} }, true, 3, false],
  ['a single file', { tty: true, env: {} }, false, 1, false],
])('%s', (_name, io, quiet, total, expected) => {
  expect(showProgress(memoryIo(io), quiet, total)).toBe(expected);
});

test('the bar goes to stderr only and is cleared at the end', async () => {
  const io = memoryIo({ tty: true, env: {}, columns: 100 });
  const progress = await startProgress(io, false, 2);
  progress.tick(3);
  progress.tick(4);
  progress.stop();
  expect(io.stdout).toBe('');
  expect(io.stderr).toContain('2/2 files | 7 claims');
});
