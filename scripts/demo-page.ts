// The real demo page for scripts that look at it (`npm run screenshots`, the CLS row of `npm run bench`):
// `node --import tsx server/main.ts --demo` on 127.0.0.1, a free port and a throwaway data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../test/e2e/server-process.ts';

/** The demo's owner token, so /moderate can be opened signed in. */
export const DEMO_ADMIN_TOKEN = 'demo-screenshots-owner-token-0123456789';

export interface DemoServer {
  url: string;
  stop(): Promise<void>;
}

export async function startDemo(): Promise<DemoServer> {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-demo-page-'));
  const server = await startServer({ CHORUS_DATA_DIR: join(dir, 'data'), CHORUS_ADMIN_TOKEN: DEMO_ADMIN_TOKEN }, ['--demo']);
  return {
    url: server.url,
    async stop() {
      server.process.kill('SIGTERM');
      await server.exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
