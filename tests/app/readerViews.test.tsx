// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, serve } from './helpers';
import './setup';

const markdownReady = () => waitFor(() => expect(document.querySelector('.article-body[aria-busy]')).toBeNull());

async function open(url = '/', lang: 'en' | 'id' = 'en') {
  serve({});
  renderApp(url, lang);
  await screen.findByRole('heading', { level: 2, name: 'Tempo' });
  await markdownReady();
}

describe('hiding the side panel on a wide screen', () => {
  it('hides and shows it again from buttons that say its state, and keeps the choice in the address', async () => {
    await open();
    const hide = screen.getByRole('button', { name: 'Hide side panel' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    expect(hide).toHaveAttribute('aria-controls', 'reader-side-panel');
    expect(screen.getByRole('tab', { name: 'Outlets' })).toBeInTheDocument();

    await userEvent.click(hide);
    const show = await screen.findByRole('button', { name: 'Show side panel' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('tab', { name: 'Outlets' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Hide side panel' })).toBeNull();
    expect(window.location.search).toContain('sidebar=false');
    // the focus follows to the button that brings the panel back
    await waitFor(() => expect(show).toHaveFocus());
    // a toggle replaces the history entry: it is not a step of Back
    expect(window.history.length).toBe(1);

    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('tab', { name: 'Outlets' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Hide side panel' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Show side panel' })).toBeNull();
    expect(window.location.search).not.toContain('sidebar');
  });

  it('a link with the panel hidden opens without it; the columns stay', async () => {
    await open('/?sidebar=false');
    expect(screen.getByRole('button', { name: 'Show side panel' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Outlets' })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Tempo', 'Tirto', 'Unknown outlet']);
  });

  it('speaks Indonesian too', async () => {
    await open('/', 'id');
    await userEvent.click(await screen.findByRole('button', { name: 'Sembunyikan panel samping' }));
    expect(await screen.findByRole('button', { name: 'Tampilkan panel samping' })).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('the compare summary', () => {
  it('holds the whole sentence for screen readers and as its tooltip, and a short count for a phone', async () => {
    await open();
    await userEvent.click(document.querySelector('section[data-article-id="tirto"] [data-sentence="143"]') as HTMLElement);
    const summary = await screen.findByTestId('compare-summary');
    const full = '2 of 3 outlets report this: Tirto and Tempo; Unknown outlet does not.';
    expect(summary).toHaveAttribute('title', full);
    expect(within(summary).getByRole('status')).toHaveTextContent(full);
    const short = within(summary).getByText('2/3 outlets');
    expect(short).toHaveTextContent('2/3 outlets');
    expect(short).toHaveAttribute('aria-hidden', 'true');
  });
});
