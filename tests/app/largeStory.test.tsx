// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture, renderApp, serve } from './helpers';
import './setup';

/** The fixture story grown to `n` articles (copies of its three, each with its own id). */
function storyOf(n: number) {
  const d = fixture();
  const base = d.articles;
  d.articles = Array.from({ length: n }, (_, i) => ({ ...structuredClone(base[i % base.length]!), id: `copy-${i}` }));
  d.events = [];
  d.sharedPassages = [];
  d.discrepancies = [];
  return d;
}

describe('a story too large to show at once', () => {
  it('says what it is and opens the first articles it offers, with the count in the address', async () => {
    serve({ 'putin-kim.json': storyOf(61) });
    renderApp();
    const notice = await screen.findByTestId('large-story');
    expect(notice).toHaveTextContent('This story has 61 articles');
    expect(document.querySelectorAll('section.column')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Open the first 60 articles' }));
    await waitFor(() => expect(document.querySelectorAll('.columns > [data-article-id]')).toHaveLength(60));
    expect(window.location.search).toContain('first=60');
    expect(screen.getByTestId('partial-story')).toHaveTextContent('Showing the first 60 of 61 articles.');
  });

  it('opens the count named in the address', async () => {
    serve({ 'putin-kim.json': storyOf(1200) });
    renderApp('/?first=4');
    await waitFor(() => expect(document.querySelectorAll('section.column')).toHaveLength(4));
    expect(screen.getByTestId('partial-story')).toHaveTextContent('Showing the first 4 of 1,200 articles.');
  });

  it('opens every article when the reader asks for all', async () => {
    serve({ 'putin-kim.json': storyOf(61) });
    renderApp('/?first=2');
    const partial = await screen.findByTestId('partial-story');
    await userEvent.click(within(partial).getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(document.querySelectorAll('.columns > [data-article-id]')).toHaveLength(61));
    expect(window.location.search).toContain('first=61');
    expect(screen.queryByTestId('partial-story')).toBeNull();
  });

  it('speaks Indonesian, with its digit grouping', async () => {
    serve({ 'putin-kim.json': storyOf(2000) });
    renderApp('/', 'id');
    expect(await screen.findByTestId('large-story')).toHaveTextContent('Berita ini memiliki 2.000 artikel');
    expect(screen.getByRole('button', { name: 'Buka 60 artikel pertama' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tetap buka semua (2.000)' })).toBeInTheDocument();
  });

  it('leaves a story within the limits alone', async () => {
    serve({ 'putin-kim.json': storyOf(60) });
    renderApp();
    await waitFor(() => expect(document.querySelectorAll('.columns > [data-article-id]')).toHaveLength(60));
    expect(screen.queryByTestId('large-story')).toBeNull();
    expect(screen.queryByTestId('partial-story')).toBeNull();
  });
});
