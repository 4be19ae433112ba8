import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDigest } from '../../src/shared/digest/schema';

const tsx = join('node_modules', '.bin', 'tsx');
const run = (script: string, args: string[]) => spawnSync(tsx, [join('scripts', script), ...args], { encoding: 'utf8' });

describe('digest command', () => {
  it('writes a valid digest and index, and keeps the previous digest when a story fails', () => {
    const root = mkdtempSync(join(tmpdir(), 'digest-'));
    const stories = join(root, 'stories');
    const out = join(root, 'out');
    mkdirSync(join(stories, 'berita'), { recursive: true });
    writeFileSync(join(stories, 'berita', 'a.txt'), 'tirto.id - Presiden tiba di Jakarta pada Kamis (25/4/2019).');
    writeFileSync(join(stories, 'berita', 'b.md'), '---\ntitle: [rusak\n---\nIsi.');
    const ok = run('digest.ts', ['--stories', stories, '--out', out]);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/^error: .*b\.md:\d+: malformed front matter/m);
    const first = readFileSync(join(out, 'berita.json'), 'utf8');
    const parsed = parseDigest(JSON.parse(first));
    expect(parsed.ok && parsed.digest.articles.map((a) => a.file)).toEqual(['a.txt']);

    // now the story loses its only usable article: the build fails, the old digest stays
    writeFileSync(join(stories, 'berita', 'a.txt'), '');
    const failed = run('digest.ts', ['--stories', stories, '--out', out]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/a\.txt: skipped: the file is empty/);
    // the story as a whole is named by its folder, not by a file that does not exist
    expect(failed.stderr.split('\n')).toContain(`error: ${join(stories, 'berita')}: story has no usable article`);
    expect(failed.stderr).toMatch(/previous digest is kept/);
    expect(failed.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(join(out, 'berita.json'), 'utf8')).toBe(first);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.stories.map((s: { id: string }) => s.id)).toEqual(['berita']);
  });
});

describe('annotate command', () => {
  it('prints standoff JSON with offsets into each raw file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotate-'));
    cpSync('stories/putin-kim-vladivostok-2019', dir, { recursive: true });
    const out = execFileSync(tsx, ['scripts/annotate.ts', dir], { encoding: 'utf8' });
    const standoff = JSON.parse(out);
    const text = readFileSync(join(dir, '000_1a0c2fb0fea83093.txt'), 'utf8');
    const article = standoff.articles['000_1a0c2fb0fea83093.txt'];
    expect(article.outlet).toEqual({ name: 'Tirto', domain: 'tirto.id' });
    const [s, e] = article.sentences[0];
    expect(text.slice(s, e)).toMatch(/^tirto\.id - Presiden Rusia/);
  });

  it('explains its usage when the folder is missing', () => {
    const r = run('annotate.ts', ['/nonexistent/folder']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run annotate -- <folder/);
  });
});
