import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error a plain script of the project, without types
import { CLI_DIR, ensureCli, stale } from '../../scripts/build-cli.mjs';

const HOOK = pathToFileURL(join('tests', 'pipeline', 'cli-start', 'log-modules.mjs')).href;
const HTML_READER = /[/\\]node_modules[/\\](linkedom|@mozilla[/\\]readability)[/\\]/;

/** The modules the bundled digest command loads for one story folder of these files. */
function modulesLoaded(files: Record<string, string>): string[] {
  const root = mkdtempSync(join(tmpdir(), 'cli-start-'));
  const story = join(root, 'stories', 'kisah');
  mkdirSync(story, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(story, name), text);
  const log = join(root, 'modules.log');
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', HOOK, join(CLI_DIR, 'digest.mjs'), '--stories', join(root, 'stories'), '--out', join(root, 'out')], {
    encoding: 'utf8',
    env: { ...process.env, MODULE_LOG: log },
  });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/^digest: .*kisah/m);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const ARTICLE = 'kompas.com - Wali Kota Surabaya meresmikan jembatan baru di Kecamatan Rungkut pada Senin (3/2/2025).\n\nWarga menyambut jembatan itu.\n';

describe('bundled digest command at start-up', () => {
  beforeAll(async () => {
    await ensureCli();
  }, 120_000);

  it('is not bundled again while no source changed', () => {
    expect(stale()).toBe(false);
  });

  it('does not load the HTML reader for a story of text files', () => {
    const loaded = modulesLoaded({ 'a.txt': ARTICLE, 'b.md': `---\ntitle: Jembatan baru\n---\n${ARTICLE}` });
    expect(loaded.some((m) => m.endsWith('digest.mjs'))).toBe(true);
    expect(loaded.filter((m) => HTML_READER.test(m))).toEqual([]);
  });

  it('loads it when the story holds a saved page', () => {
    const page = readFileSync(join('tests', 'fixtures', 'pages', 'berita-banjir.html'), 'utf8');
    const loaded = modulesLoaded({ 'a.txt': ARTICLE, 'c.html': page });
    expect(loaded.some((m) => /linkedom/.test(m))).toBe(true);
    expect(loaded.some((m) => /readability/.test(m))).toBe(true);
  });
});
