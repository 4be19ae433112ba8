// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture, renderApp, serve } from './helpers';
import './setup';

const columns = () => document.querySelectorAll('section.column');

describe('loading a story', () => {
  it('opens the only story directly with one column per outlet', async () => {
    serve({});
    renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'Tempo' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Tirto' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Unknown outlet' })).toBeInTheDocument();
    expect(columns()).toHaveLength(3);
    expect(await screen.findAllByText(/kereta lapis baja/)).not.toHaveLength(0);
  });

  it('marks a date that did not come from front matter as inferred, with its evidence', async () => {
    serve({});
    renderApp();
    const tirto = (await screen.findByRole('heading', { name: 'Tirto' })).closest('section') as HTMLElement;
    expect(within(tirto).getByText('inferred')).toBeInTheDocument();
    expect(within(tirto).getByText(/Inferred from the dateline: “Kamis \(25\/4\/2019\)”/)).toBeInTheDocument();
    const tempo = screen.getByRole('heading', { name: 'Tempo' }).closest('section') as HTMLElement;
    expect(within(tempo).queryByText('inferred')).not.toBeInTheDocument();
    expect(within(tempo).getByText('Removed from the text (2)')).toBeInTheDocument();
    expect(within(tempo).getByText(/Baca Juga: Trump dan Kim gagal sepakat/)).toBeInTheDocument();
  });

  it('shows a story picker when there are several stories', async () => {
    const second = { ...fixture(), story: { id: 'other', title: 'Another story', description: null } };
    serve({
      'index.json': {
        schemaVersion: 2,
        stories: [
          { id: 'putin-kim', title: 'Putin dan Kim', articleCount: 3, file: 'putin-kim.json' },
          { id: 'other', title: 'Another story', articleCount: 3, file: 'other.json' },
        ],
      },
      'other.json': second,
    });
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: /Another story/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Tempo' })).toBeInTheDocument();
    expect(window.location.search).toContain('story=other');
  });
});

describe('load errors', () => {
  it('explains a corrupt digest and retries', async () => {
    const fetch = serve({ 'putin-kim.json': '{"schemaVersion": 2, "stor' });
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('damaged or not valid JSON');
    fetch.mockRestore();
    serve({});
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Tempo' })).toBeInTheDocument();
  });

  it('refuses a digest of another schema version', async () => {
    serve({ 'putin-kim.json': { ...fixture(), schemaVersion: 1 } });
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('another version');
  });

  it('explains a missing index, in Indonesian too', async () => {
    serve({ 'index.json': undefined as unknown as string }).mockResolvedValue(new Response('', { status: 404 }));
    renderApp('/', 'id');
    expect(await screen.findByRole('alert')).toHaveTextContent('tidak ditemukan');
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
  });

  it('explains a digest that does not match the schema', async () => {
    const bad = fixture() as unknown as { articles: unknown[] };
    bad.articles = [{ id: 'x' }];
    serve({ 'putin-kim.json': bad });
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('does not have the expected shape');
  });
});
