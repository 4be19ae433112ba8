// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisOutcome } from '../../src/features/add-articles/analysisClient';
import { memoryBackend, setLocalBackend } from '../../src/features/add-articles/localStories';
import { fixture, renderApp, serve } from './helpers';
import './setup';

// The worker is replaced by a stand-in that reports a step and then, when the test calls finish(),
// the outcome the test sets (a cancelled run ends only on Cancel): no test depends on a timer
// racing a busy machine.
const analysis = vi.hoisted(() => ({ outcome: null as unknown as AnalysisOutcome, requests: [] as { folderName: string; files: { name: string }[] }[], cancelled: 0, finish: () => {} }));
vi.mock('../../src/features/add-articles/analysisClient', () => ({
  startAnalysis: (request: { folderName: string; files: { name: string }[] }, onProgress: (p: unknown) => void) => {
    analysis.requests.push(request);
    let cancel: () => void = () => {};
    const outcome = new Promise((resolve) => {
      cancel = () => {
        analysis.cancelled += 1;
        resolve({ kind: 'cancelled' });
      };
      setTimeout(() => onProgress({ done: 1, total: 4, file: request.files[0]?.name ?? null, stage: 'tokenize' }), 10);
      if (analysis.outcome.kind !== 'cancelled') analysis.finish = () => resolve(analysis.outcome);
    });
    return { outcome, cancel };
  },
}));

const localDigest = () => {
  const d = fixture();
  d.story = { ...d.story, id: 'banjir', title: 'Banjir di kota' };
  return JSON.stringify(d);
};
const txt = (name: string, body: string) => new File([body], name, { type: 'text/plain' });

beforeEach(() => {
  setLocalBackend(memoryBackend());
  analysis.requests = [];
  analysis.cancelled = 0;
  analysis.finish = () => {};
  analysis.outcome = { kind: 'done', digest: localDigest(), diagnostics: [] };
});

describe('adding articles', () => {
  it('is reached from the header, analyses pasted and chosen articles with progress, and opens the story', async () => {
    serve({});
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: 'Add articles' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Add articles' })).toBeInTheDocument();
    const analyse = screen.getByRole('button', { name: 'Analyse' });
    expect(analyse).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Outlet (optional)'), 'Warta Kota');
    await userEvent.type(screen.getByLabelText('Article text'), 'Banjir merendam rumah warga.');
    await userEvent.click(screen.getByRole('button', { name: 'Add this article' }));
    await userEvent.upload(screen.getByLabelText('Choose files'), [txt('satu.txt', 'Air surut.'), txt('dua.md', 'Warga kembali.')]);
    const list = screen.getByRole('list', { name: 'Files' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    expect(list).toHaveTextContent('pasted.txt');
    await userEvent.type(screen.getByLabelText('Story title (optional)'), 'Banjir di kota');
    await userEvent.click(analyse);
    expect(await screen.findByRole('progressbar', { name: 'Analysing' })).toBeInTheDocument();
    expect(await screen.findByText('Analysing pasted.txt (1 of 4 steps)')).toBeInTheDocument();
    expect(analysis.requests[0]?.folderName).toBe('Banjir di kota');
    expect(analysis.requests[0]?.files.map((f) => f.name)).toEqual(['pasted.txt', 'satu.txt', 'dua.md', 'story.yaml']);
    analysis.finish();
    await waitFor(() => expect(document.querySelectorAll('section.column')).toHaveLength(3));
    expect(window.location.search).toContain('story=local-banjir');
    // two stories now: the list marks the local one
    await userEvent.click(screen.getByRole('button', { name: 'News Compare' }));
    const entry = (await screen.findByTestId('on-device')).closest('li')!;
    expect(entry).toHaveTextContent('Banjir di kota');
    expect(entry).toHaveTextContent('on this device');
  });

  it('shows each message next to its file and opens the story on request', async () => {
    analysis.outcome = { kind: 'done', digest: localDigest(), diagnostics: [{ level: 'warning', file: 'foto.txt', message: 'skipped: binary or not text' }] };
    serve({});
    renderApp('/?add=true');
    await userEvent.upload(await screen.findByLabelText('Choose files'), [txt('berita.txt', 'Air surut.'), txt('foto.txt', '\u0000\u0000')]);
    // as a reader does: press Analyse once the chosen files are listed (they are read first)
    await waitFor(() => expect(screen.getByRole('button', { name: 'Analyse' })).toBeEnabled());
    await userEvent.click(screen.getByRole('button', { name: 'Analyse' }));
    await screen.findByRole('progressbar', { name: 'Analysing' });
    analysis.finish();
    const open = await screen.findByRole('button', { name: 'Open the story' });
    const items = within(screen.getByRole('list', { name: 'Files' })).getAllByRole('listitem');
    expect(items[1]).toHaveTextContent('foto.txt');
    expect(items[1]).toHaveTextContent('warning: skipped: binary or not text');
    expect(items[0]).not.toHaveTextContent('warning');
    await userEvent.click(open);
    await waitFor(() => expect(document.querySelectorAll('section.column')).toHaveLength(3));
  });

  it('stops on Cancel and says so', async () => {
    analysis.outcome = { kind: 'cancelled' };
    serve({});
    renderApp('/?add=true');
    await userEvent.upload(await screen.findByLabelText('Choose files'), [txt('berita.txt', 'Air surut.')]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Analyse' })).toBeEnabled());
    await userEvent.click(screen.getByRole('button', { name: 'Analyse' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Analysis cancelled.');
    expect(analysis.cancelled).toBe(1);
    expect(screen.getByRole('button', { name: 'Analyse' })).toBeEnabled();
  });

  it('imports a digest file, and names what is wrong with a corrupt or foreign one', async () => {
    serve({});
    renderApp('/?add=true');
    const input = await screen.findByLabelText('Choose a digest file');
    await userEvent.upload(input, new File(['{"schemaVersion": 2, "stor'], 'half.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('half.json is not a digest file: it is not valid JSON.');
    await userEvent.upload(input, new File([JSON.stringify({ schemaVersion: 1, story: {} })], 'old.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^old\.json was made by another version of the app/);
    await userEvent.upload(input, new File([JSON.stringify({ hello: 'world' })], 'other.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^other\.json is not a valid digest file/);
    await userEvent.upload(input, new File([localDigest()], 'banjir.json', { type: 'application/json' }));
    await waitFor(() => expect(document.querySelectorAll('section.column')).toHaveLength(3));
    expect(window.location.search).toContain('story=local-banjir');
  });

  it('deletes a local story from the list', async () => {
    serve({});
    renderApp('/?add=true');
    await userEvent.upload(await screen.findByLabelText('Choose a digest file'), new File([localDigest()], 'banjir.json'));
    await waitFor(() => expect(document.querySelectorAll('section.column')).toHaveLength(3));
    await userEvent.click(screen.getByRole('button', { name: 'News Compare' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Banjir di kota' }));
    // one bundled story is left, and it opens by itself
    await waitFor(() => expect(screen.queryByTestId('on-device')).not.toBeInTheDocument());
    await waitFor(() => expect(document.querySelectorAll('section.column')).toHaveLength(3));
    expect(screen.queryByRole('button', { name: 'News Compare' })).not.toBeInTheDocument();
  });
});
