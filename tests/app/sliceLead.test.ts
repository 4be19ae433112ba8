// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEAD_COLUMNS, LEAD_PARAGRAPHS, sliceLead } from '../../src/app/digestSlice';
import type { Digest } from '../../src/shared/digest/schema';
import { fixture } from './helpers';

const bootScript = readFileSync('public/boot.js', 'utf8');

/** A story of `n` articles made of the fixture's, each with lines of its own. */
function story(n: number, lines = 3): Digest {
  const base = fixture() as unknown as Digest;
  const articles = Array.from({ length: n }, (_, k) => {
    const text = Array.from({ length: lines }, (_, j) => `Baris ${j + 1} dari tulisan ${k + 1}.`).join('\n');
    return { ...base.articles[k % base.articles.length]!, id: `a${k}`, title: `Judul ${k + 1}`, text, bodyStart: 0, boilerplate: [], headings: [] };
  });
  return { ...base, articles };
}

describe("a large story's lead (its first screen's opening text)", () => {
  it('holds the first columns, their outlet and title, and their first paragraphs', () => {
    const lead = sliceLead(story(12, LEAD_PARAGRAPHS + 3));
    expect(lead.columns).toHaveLength(LEAD_COLUMNS);
    expect(lead.columns[1]!.title).toBe('Judul 2');
    expect(lead.columns[1]!.paragraphs).toHaveLength(LEAD_PARAGRAPHS);
    expect(lead.columns[1]!.paragraphs[0]).toEqual({ text: 'Baris 1 dari tulisan 2.', heading: false });
    expect(lead.columns.every((c) => c.outlet.length > 0)).toBe(true);
  });

  it('says whether the story opens whole unasked, so that the boot script needs no copy of the limits', () => {
    expect(sliceLead(story(20)).opensWhole).toBe(true);
    expect(sliceLead(story(61)).opensWhole).toBe(false);
  });

  it('leaves out boilerplate lines, as the reader does', () => {
    const digest = story(9);
    const a = digest.articles[0]!;
    const second = a.text.indexOf('Baris 2');
    digest.articles[0] = { ...a, boilerplate: [{ start: second, end: a.text.indexOf('\n', second), kind: 'related' } as never] };
    expect(sliceLead(digest).columns[0]!.paragraphs.map((p) => p.text)).toEqual(['Baris 1 dari tulisan 1.', 'Baris 3 dari tulisan 1.']);
  });
});

describe('the boot script draws a lead where the page has no first view', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.documentElement.removeAttribute('data-first-view');
    document.body.innerHTML = '';
    delete (window as { __earlyDigests?: unknown }).__earlyDigests;
  });

  async function boot(search: string, root = '<main class="boot">loading</main>', articles = 20) {
    const digest = story(articles);
    const files: Record<string, unknown> = {
      'index.json': { stories: [{ id: digest.story.id, title: digest.story.title, file: 'big.json', articleCount: articles }] },
      'big.first.json': { schemaVersion: digest.schemaVersion, articles, textChars: 2000, lead: sliceLead(digest) },
      'big.json': digest,
    };
    vi.stubGlobal('fetch', (url: string) => {
      const body = files[decodeURIComponent(url.replace('./digests/', ''))];
      return Promise.resolve({ ok: body !== undefined, text: () => Promise.resolve(JSON.stringify(body)) });
    });
    history.replaceState(null, '', search || location.pathname);
    document.body.innerHTML = `<div id="root">${root}</div>`;
    new Function(bootScript)();
    const early = (window as unknown as { __earlyDigests: Record<string, Promise<unknown>> }).__earlyDigests;
    await early['index.json'];
    await early['big.first.json'];
    await new Promise((r) => setTimeout(r, 0));
    return digest;
  }

  it('draws the first columns of a story opened whole, in place of the loading placeholder', async () => {
    const digest = await boot('?first=20');
    const view = document.getElementById('first-view')!;
    expect(view.nextElementSibling?.id).toBe('root');
    expect(view.querySelector('main')?.getAttribute('data-story')).toBe(digest.story.id);
    expect(view.querySelectorAll('section')).toHaveLength(LEAD_COLUMNS);
    expect(view.textContent).toContain('Baris 1 dari tulisan 1.');
    expect(document.querySelector('#root .boot')).toBeNull();
  });

  it('draws nothing where the reader opens the story otherwise: reordered, or only its first articles', async () => {
    await boot('?first=20&order=a3,a0');
    expect(document.getElementById('first-view')).toBeNull();
    document.body.innerHTML = '';
    delete (window as { __earlyDigests?: unknown }).__earlyDigests;
    await boot('?first=5');
    expect(document.getElementById('first-view')).toBeNull();
  });

  it('draws a story that opens whole unasked at the bare address, and not one that needs asking', async () => {
    await boot('');
    expect(document.getElementById('first-view')).not.toBeNull();
    document.body.innerHTML = '';
    delete (window as { __earlyDigests?: unknown }).__earlyDigests;
    await boot('', undefined, 61);
    expect(document.getElementById('first-view')).toBeNull();
  });

  it('draws nothing once the app has rendered more than its loading view', async () => {
    await boot('?first=20', '<main>the story list</main>');
    expect(document.getElementById('first-view')).toBeNull();
  });
});

describe('the boot script and a lead the build wrote in hidden', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('data-first-view');
    document.body.innerHTML = '';
    history.replaceState(null, '', location.pathname);
  });

  function page(search: string) {
    history.replaceState(null, '', search || location.pathname);
    document.body.innerHTML =
      '<div id="first-view" hidden data-articles="200"><main data-story="big"><p>lead text</p></main></div><div id="root"><main class="boot">loading</main></div><link rel="stylesheet" href="x.css">';
    vi.stubGlobal('fetch', () => Promise.resolve({ ok: false, text: () => Promise.resolve('') }));
    new Function(bootScript)();
  }

  it('shows it in place of the loading placeholder where the address opens the story whole', () => {
    page('?first=200');
    expect(document.getElementById('first-view')?.hidden).toBe(false);
    expect(document.querySelector('#root .boot')).toBeNull();
  });

  it('removes it where the address opens something else: the notice of a large story, or another story', () => {
    page('');
    expect(document.getElementById('first-view')).toBeNull();
    expect(document.querySelector('#root .boot')).not.toBeNull();
    page('?story=other&first=200');
    expect(document.getElementById('first-view')).toBeNull();
  });
});
