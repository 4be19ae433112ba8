import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error a plain script of the project, without types
import { bundleOf, CLI_DIR, codeCacheOf, COMMANDS, ensureCli, stale } from '../../scripts/build-cli.mjs';

const HOOK = pathToFileURL(join('tests', 'pipeline', 'cli-start', 'log-modules.mjs')).href;
const HTML_READER = /[/\\]node_modules[/\\](linkedom|@mozilla[/\\]readability)[/\\]/;
const CACHE: string = codeCacheOf('digest');

/** A story folder of these files, and where its digest goes. */
function storyOf(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'cli-start-'));
  const story = join(root, 'stories', 'kisah');
  mkdirSync(story, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(story, name), text);
  return { root, stories: join(root, 'stories'), out: join(root, 'out') };
}

/** `npm run digest` on one story folder; node options before the script. Returns the digest written. */
function digest(stories: string, out: string, nodeOptions: string[] = [], env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(process.execPath, [...nodeOptions, join('scripts', 'run-cli.mjs'), 'digest', '--stories', stories, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/^digest: .*kisah/m);
  return readFileSync(join(out, 'kisah.json'), 'utf8');
}

/** The modules the digest command loads for one story folder of these files. */
function modulesLoaded(files: Record<string, string>): string[] {
  const { root, stories, out } = storyOf(files);
  const log = join(root, 'modules.log');
  writeFileSync(log, '');
  digest(stories, out, ['--import', HOOK], { MODULE_LOG: log });
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const ARTICLE = 'kompas.com - Wali Kota Surabaya meresmikan jembatan baru di Kecamatan Rungkut pada Senin (3/2/2025).\n\nWarga menyambut jembatan itu.\n';
const TEXT_STORY = { 'a.txt': ARTICLE, 'b.md': `---\ntitle: Jembatan baru\n---\n${ARTICLE}` };

describe('bundled digest command at start-up', () => {
  beforeAll(async () => {
    await ensureCli();
  }, 120_000);

  it('is not bundled again while no source changed', () => {
    expect(stale()).toBe(false);
  });

  describe('is bundled again', () => {
    const INPUTS = join(CLI_DIR as string, 'inputs.json');
    const ROOT = join(CLI_DIR as string, '..');
    let listed = '';
    beforeEach(() => {
      listed = readFileSync(INPUTS, 'utf8');
    });
    afterEach(() => writeFileSync(INPUTS, listed));
    const withInput = (path: string) => writeFileSync(INPUTS, JSON.stringify([...JSON.parse(listed), path]));

    it('when an input changed after the build', () => {
      const touched = join(mkdtempSync(join(tmpdir(), 'cli-input-')), 'changed.ts');
      writeFileSync(touched, '');
      withInput(relative(ROOT, touched));
      expect(stale()).toBe(true);
    });

    it('when an input is gone', () => {
      withInput('src/pipeline/no-such-module.ts');
      expect(stale()).toBe(true);
    });

    it('when the list of inputs is missing', () => {
      rmSync(INPUTS);
      expect(stale()).toBe(true);
    });

    it('when the script that builds them changed', () => {
      expect(JSON.parse(listed)).toContain('scripts/build-cli.mjs');
    });
  });

  it('is written in ASCII, read as bytes by the command runner', () => {
    for (const command of COMMANDS as string[]) expect(readFileSync(bundleOf(command)).every((b) => b < 0x80), command).toBe(true);
  });

  it('does not load the HTML reader for a story of text files', () => {
    const loaded = modulesLoaded(TEXT_STORY);
    expect(loaded.some((m) => m.endsWith('run-cli.mjs'))).toBe(true);
    expect(loaded.filter((m) => HTML_READER.test(m))).toEqual([]);
  });

  it('loads it when the story holds a saved page', () => {
    const page = readFileSync(join('tests', 'fixtures', 'pages', 'berita-banjir.html'), 'utf8');
    const loaded = modulesLoaded({ 'a.txt': ARTICLE, 'c.html': page });
    expect(loaded.some((m) => /linkedom/.test(m))).toBe(true);
    expect(loaded.some((m) => /readability/.test(m))).toBe(true);
  });
});

/** `npm run digest` started without waiting for it: its exit code, what it printed on stderr. */
function digestStarted(stories: string, out: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join('scripts', 'run-cli.mjs'), 'digest', '--stories', stories, '--out', out]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => done({ status, stderr }));
  });
}

describe('commands started side by side on a stale bundle', () => {
  it('each bundle again and all write the same digest', async () => {
    await ensureCli();
    const { stories, out } = storyOf(TEXT_STORY);
    const alone = digest(stories, join(out, 'alone'));
    const inputs = join(CLI_DIR as string, 'inputs.json');
    // an input newer than the bundles: every command started now builds them again
    const touched = join(mkdtempSync(join(tmpdir(), 'cli-input-')), 'changed.ts');
    writeFileSync(touched, '');
    writeFileSync(inputs, JSON.stringify([...JSON.parse(readFileSync(inputs, 'utf8')), relative(join(CLI_DIR as string, '..'), touched)]));
    const runs = await Promise.all([1, 2, 3].map((n) => digestStarted(stories, join(out, `side-${n}`))));
    for (const [n, run] of runs.entries()) {
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(join(out, `side-${n + 1}`, 'kisah.json'), 'utf8')).toBe(alone);
    }
    // what the builds worked in is gone, and the last one's list of inputs is in place
    expect(readdirSync(CLI_DIR as string).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(stale()).toBe(false);
  }, 180_000);
});

describe('compiled code kept between runs', () => {
  const { stories, out } = storyOf(TEXT_STORY);
  const cacheTime = () => statSync(CACHE).mtimeMs;
  /** The first line of the cache: what it was made from. */
  const madeFrom = () => readFileSync(CACHE, 'utf8').split('\n', 1)[0]!;
  let uncached = '';

  beforeAll(async () => {
    await ensureCli();
    rmSync(CACHE, { force: true });
    uncached = digest(stories, join(out, 'uncached'));
  }, 120_000);

  it('is written by the first run after a build, for the bundle it compiled', () => {
    const { size, mtimeMs } = statSync(bundleOf('digest'));
    expect(JSON.parse(madeFrom())).toEqual({ size, mtimeMs });
    expect(statSync(CACHE).size).toBeGreaterThan(100_000);
  });

  it('is used as it is by the next runs, which write the same digest', () => {
    const before = cacheTime();
    expect(digest(stories, join(out, 'cached'))).toBe(uncached);
    expect(cacheTime()).toBe(before);
  });

  it('is made again when it belongs to another build of the bundle', () => {
    const other = JSON.stringify({ size: 1, mtimeMs: 1 });
    writeFileSync(CACHE, Buffer.concat([Buffer.from(`${other}\n`), readFileSync(CACHE).subarray(madeFrom().length + 1)]));
    expect(digest(stories, join(out, 'other-build'))).toBe(uncached);
    expect(madeFrom()).not.toBe(other);
  });

  it('is made again when V8 refuses it', () => {
    writeFileSync(CACHE, `${madeFrom()}\nnot compiled code`);
    expect(digest(stories, join(out, 'refused'))).toBe(uncached);
    expect(statSync(CACHE).size).toBeGreaterThan(100_000);
  });
});
