// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirstView } from '../../src/app/FirstView';
import { handOverFirstView } from '../../src/app/firstViewHandoff';
import { loadDigest, loadIndex, onLateInvalid } from '../../src/app/loadDigest';
import { LoadingView } from '../../src/app/LoadingView';
import { SCHEMA_VERSION } from '../../src/app/schemaVersion';
import { DIGEST_SCHEMA_VERSION, type Digest } from '../../src/shared/digest/schema';
import { fixture, renderApp, resetLang, serve } from './helpers';
import './setup';
import { MantineProvider } from '@mantine/core';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  resetLang();
});

const markup = (digest: Digest) => renderToStaticMarkup(<FirstView digest={digest} appTitle="News Compare" label="Loading" unknownOutlet="Unknown outlet" />);

describe('the first view written in at build time', () => {
  it('holds the first article as paragraphs, boilerplate left out', () => {
    const digest = fixture() as unknown as Digest;
    const first = digest.articles[0]!;
    // one line of the article is boilerplate: it is not part of the first view
    const lines = first.text.slice(first.bodyStart).split('\n').filter((l) => l.trim());
    const line = lines[1]!;
    const start = first.text.indexOf(line);
    first.boilerplate = [{ start, end: start + line.length, kind: 'related' } as never];
    const html = markup(digest);
    expect(html).toContain(digest.story.title);
    expect(html).toContain(`<p>${lines[0]!.trim().replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</p>`.slice(0, 40));
    expect(html).not.toContain(line);
    expect(html).not.toContain(digest.articles[1]!.text.slice(digest.articles[1]!.bodyStart, digest.articles[1]!.bodyStart + 60));
    expect(html).toContain('aria-busy="true"');
  });

  it('stays while the app loads and goes when the app renders something else', () => {
    document.body.innerHTML = '<div id="first-view"><main>static text</main></div><div id="root"></div>';
    const root = document.getElementById('root')!;
    handOverFirstView(root);
    const view = render(<LoadingView label="Loading the story…" />, { container: root });
    expect(document.getElementById('first-view')).not.toBeNull();
    expect(root.querySelector('.loading-view')).toBeNull();
    view.rerender(<main>the reader</main>);
    return waitFor(() => expect(document.getElementById('first-view')).toBeNull());
  });

  it('takes over a first view drawn after the app started (the lead of a large story), as soon as the reader renders', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root')!;
    handOverFirstView(root);
    const view = render(
      <MantineProvider>
        <LoadingView label="Loading the story…" />
      </MantineProvider>,
      { container: root },
    );
    root.insertAdjacentHTML('beforebegin', '<div id="first-view"><main>lead text</main></div>');
    await new Promise((r) => setTimeout(r, 0));
    expect(document.getElementById('first-view')).not.toBeNull();
    view.rerender(<main>the reader</main>);
    await waitFor(() => expect(document.getElementById('first-view')).toBeNull());
  });

  it('leaves the loading skeleton to the app where there is none', () => {
    render(
      <MantineProvider>
        <LoadingView label="Loading the story…" />
      </MantineProvider>,
    );
    expect(document.querySelector('.loading-view')).not.toBeNull();
  });
});

describe('digest validation off the first view', () => {
  it('knows the schema version without the schema module', () => {
    expect(SCHEMA_VERSION).toBe(DIGEST_SCHEMA_VERSION);
  });

  it('returns a digest of the right shape before validating it, and reports a late failure', async () => {
    const digest = fixture();
    // wrong deep inside, where the first render does not look: only the validator sees it
    (digest.entities[0] as unknown as { type: string }).type = 'PLANET';
    serve({ 'bad.json': digest });
    const failed = new Promise<string>((resolve) => onLateInvalid(resolve));
    const loaded = await loadDigest('bad.json');
    expect(loaded.story.title).toBe(digest.story.title);
    expect(await failed).toBe('bad.json');
    // the next load validates first, and fails
    await expect(loadDigest('bad.json')).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('rejects at once what does not look like a digest or has another version', async () => {
    const digest = fixture();
    serve({ 'noarticles.json': { ...digest, articles: 'none' }, 'old.json': { ...digest, schemaVersion: 1 }, 'index.json': { schemaVersion: SCHEMA_VERSION, stories: [{ id: 'x' }] } });
    await expect(loadDigest('noarticles.json')).rejects.toMatchObject({ kind: 'invalid' });
    await expect(loadDigest('old.json')).rejects.toMatchObject({ kind: 'version' });
    await expect(loadIndex()).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('shows the error view when a digest on screen fails its idle validation', async () => {
    const digest = fixture();
    (digest.entities[0] as unknown as { type: string }).type = 'PLANET';
    serve({ 'putin-kim.json': digest });
    await act(async () => void renderApp('/'));
    expect(await screen.findByTestId('load-error')).toBeInTheDocument();
  });
});
