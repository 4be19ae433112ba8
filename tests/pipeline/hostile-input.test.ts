import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDigest, type Digest } from '../../src/shared/digest/schema';

// Inputs a user (or an attacker) may leave in stories/: each case is built in a temporary
// folder and the outcome checked: messages, exit code, index, and what the digest holds.
const tsx = join('node_modules', '.bin', 'tsx');
const digest = (stories: string, out: string) => spawnSync(tsx, ['scripts/digest.ts', '--stories', stories, '--out', out], { encoding: 'utf8' });
const article = (place: string) => `tirto.id - Menteri tiba di ${place} pada Kamis (25/4/2019) untuk meninjau bendungan baru.\n`;
const SECRET = 'rahasia-di-luar-folder-cerita';

function sparseFile(path: string, bytes: number) {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

function readDigest(path: string): Digest {
  const parsed = parseDigest(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.digest;
}

describe('digest command on hostile story folders', () => {
  const root = mkdtempSync(join(tmpdir(), 'hostile-'));
  const stories = join(root, 'stories');
  const out = join(root, 'out');
  const story = join(stories, 'berita');
  mkdirSync(story, { recursive: true });
  writeFileSync(join(root, 'secret.txt'), `${SECRET}\n`);
  writeFileSync(join(story, 'a.txt'), article('Jakarta'));
  symlinkSync(join(root, 'secret.txt'), join(story, 'tautan-keluar.txt'));
  symlinkSync('/etc/passwd', join(story, 'passwd.txt'));
  symlinkSync(join(story, 'tidak-ada.txt'), join(story, 'putus.txt'));
  symlinkSync(join(story, 'lingkar.txt'), join(story, 'lingkar.txt'));
  symlinkSync(join(story, 'a.txt'), join(story, 'salinan.txt'));
  writeFileSync(join(story, '.tersembunyi.txt'), `${SECRET}\n`);
  writeFileSync(join(story, '.#a.txt'), `${SECRET}\n`);
  writeFileSync(join(story, 'a.txt~'), `${SECRET}\n`);
  mkdirSync(join(story, 'sub'));
  sparseFile(join(story, 'raksasa.txt'), 2 ** 31 + 10);
  writeFileSync(join(story, 'story.yaml'), 'title: {a: 1}\ndescription: Uji masukan\n');
  mkdirSync(join(stories, 'index'));
  writeFileSync(join(stories, 'index', 'a.txt'), article('Bandung'));
  mkdirSync(join(stories, 'Berita #1 ?%'));
  writeFileSync(join(stories, 'Berita #1 ?%', 'a.txt'), article('Medan'));
  symlinkSync(join(root, 'hilang'), join(stories, 'tautan-putus'));

  const first = digest(stories, out);
  const lines = first.stderr.split('\n');
  const said = (file: string, pattern: RegExp) => lines.some((l) => l.includes(file) && pattern.test(l));

  it('builds the story from its good file and never publishes a byte from outside the folder', () => {
    const built = readDigest(join(out, 'berita.json'));
    expect(built.articles.map((a) => a.file)).toEqual(['a.txt', 'salinan.txt']);
    const all = readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain('root:x:0');
  });

  it('names every file it skips, and why', () => {
    expect(said('tautan-keluar.txt', /outside the story folder/)).toBe(true);
    expect(said('passwd.txt', /outside the story folder/)).toBe(true);
    expect(said('putus.txt', /link to nothing/)).toBe(true);
    expect(said('lingkar.txt', /loops/)).toBe(true);
    expect(said('.tersembunyi.txt', /hidden file/)).toBe(true);
    expect(said('.#a.txt', /lock or backup/)).toBe(true);
    expect(said('a.txt~', /lock or backup/)).toBe(true);
    expect(said('sub', /a folder/)).toBe(true);
    expect(said('raksasa.txt', /2048\.0 MB is larger/)).toBe(true);
    expect(said('story.yaml', /"title" must be text/)).toBe(true);
    expect(first.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps the rest of a wrong-typed story.yaml', () => {
    expect(readDigest(join(out, 'berita.json')).story.description).toBe('Uji masukan');
  });

  it('refuses reserved ids, gives odd folder names a safe id, and says exit 1', () => {
    expect(said('index', /reserved/)).toBe(true);
    expect(said('tautan-putus', /link to nothing/)).toBe(true);
    expect(first.status).toBe(1);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.stories.map((s: { id: string }) => s.id).sort()).toEqual(['berita', 'berita-1']);
    // the title comes from the article's lead, never from the folder name
    expect(readDigest(join(out, 'berita-1.json')).story.title).toBe('Menteri tiba di Medan pada Kamis (25/4/2019) untuk meninjau bendungan baru');
  });

  it('keeps a failed story in the index, removes stale temp files, and survives an unwritable output', () => {
    writeFileSync(join(out, '.berita.json.999.tmp'), '{"half":');
    writeFileSync(join(story, 'a.txt'), '');
    writeFileSync(join(stories, 'Berita #1 ?%', 'a.txt'), article('Surabaya'));
    const second = digest(stories, out);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/berita: digest not written .*previous digest is kept/);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.stories.map((s: { id: string }) => s.id).sort()).toEqual(['berita', 'berita-1']);
    expect(existsSync(join(out, '.berita.json.999.tmp'))).toBe(false);
    expect(readDigest(join(out, 'berita-1.json')).articles[0]!.text).toContain('Surabaya');

    const blocked = digest(stories, join(root, 'secret.txt', 'out'));
    expect(blocked.status).toBe(1);
    expect(blocked.stderr.trim().split('\n').at(-1)).toMatch(/secret\.txt\/out: the output folder cannot be written/);
    expect(blocked.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('annotate command on odd names', () => {
  it('keeps a file name with a newline on one line of its message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotate-odd-'));
    writeFileSync(join(dir, 'a.txt'), article('Jakarta'));
    writeFileSync(join(dir, 'b\nwarning: palsu.txt'), '');
    const r = spawnSync(tsx, ['scripts/annotate.ts', dir], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/b\\u000awarning: palsu\.txt: skipped/);
  });
});
