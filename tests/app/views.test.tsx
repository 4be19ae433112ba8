// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, serve } from './helpers';
import './setup';

const column = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;
const marked = (col: HTMLElement, selector: string) => [...col.querySelectorAll(selector)].map((e) => e.textContent).join('');
const markdownReady = () => waitFor(() => expect(document.querySelector('.article-body[aria-busy]')).toBeNull());

describe('timeline', () => {
  it('lists events in date order at their precision, with outlets and conflicting dates', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await userEvent.click(await screen.findByRole('tab', { name: 'Timeline' }));
    const list = await screen.findByRole('list', { name: 'Timeline' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('time')?.textContent)).toEqual(['February 2019', '24 April 2019', '25 April 2019']);
    expect(items[2]).toHaveTextContent('Other dates given: 25 February 2019');
    expect(within(items[1] as HTMLElement).getByText('Tirto')).toBeInTheDocument();
  });

  it('choosing an event marks its sentences in each column and goes into the URL', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await userEvent.click(await screen.findByRole('tab', { name: 'Timeline' }));
    await userEvent.click(await screen.findByRole('button', { name: /Kim tiba di Vladivostok/ }));
    await markdownReady();
    await waitFor(() => expect(marked(column('Tempo'), '[data-event="true"]')).toMatch(/Kim Jong Un tiba di Vladivostok/));
    expect(marked(column('Tirto'), '[data-event="true"]')).toMatch(/tiba di Vladivostok pada Rabu/);
    expect(column('Unknown outlet').querySelector('[data-event="true"]')).toBeNull();
    expect(window.location.search).toContain('event=ev-arrive');
  });

  it('steps through events with ] and [', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await userEvent.keyboard(']');
    await waitFor(() => expect(window.location.search).toContain('event=ev-hanoi'));
    await userEvent.keyboard(']');
    await waitFor(() => expect(window.location.search).toContain('event=ev-arrive'));
  });
});

describe('compare', () => {
  it('choosing a sentence marks the passages other outlets share with it', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await markdownReady();
    const sentence = column('Unknown outlet').querySelector('[data-sentence] mark[data-entity="DATE"]') as HTMLElement;
    await userEvent.click(sentence);
    expect(await screen.findByTestId('compare-summary')).toHaveTextContent('3 of 3 outlets report this');
    await waitFor(() => expect(marked(column('Tempo'), '[data-shared="true"]')).toMatch(/bertemu Pemimpin Korea Utara/));
    expect(marked(column('Tirto'), '[data-shared="true"]')).toMatch(/tirto.id - Presiden Rusia/);
  });

  it('says when only one outlet reports a sentence', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await markdownReady();
    await userEvent.click(within(column('Tempo')).getByText(/Keduanya membahas program nuklir/));
    expect(await screen.findByTestId('compare-summary')).toHaveTextContent('Only this outlet reports this');
  });
});

describe('sentences by keyboard', () => {
  it('one sentence per column is a tab stop; arrows move, Enter chooses, Space chooses again', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await markdownReady();
    const sentences = [...column('Tempo').querySelectorAll<HTMLElement>('[data-sentence][tabindex]')];
    expect(sentences.filter((s) => s.tabIndex === 0)).toHaveLength(1);
    expect(sentences[0]!.tabIndex).toBe(0);
    sentences[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(sentences[1]);
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByTestId('compare-summary')).toBeInTheDocument();
    await waitFor(() => expect(sentences[1]).toHaveAttribute('data-selected', 'true'));
    expect(sentences[1]!.tabIndex).toBe(0);
    expect(sentences[0]!.tabIndex).toBe(-1);
    await userEvent.keyboard(' ');
    await waitFor(() => expect(screen.queryByTestId('compare-summary')).toBeNull());
  });
});

describe('removed boilerplate', () => {
  it('names the kinds in the interface language', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    const kinds = () => [...column('Tempo').querySelectorAll('.removed-kind')].map((e) => e.textContent);
    expect(kinds()).toEqual(['Image:', 'Related link:']);
    await userEvent.keyboard('l');
    await waitFor(() => expect(kinds()).toEqual(['Gambar:', 'Tautan terkait:']));
  });
});

describe('search', () => {
  it('finds hits in every column, counts them per outlet and steps through them', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search the articles' }), 'vladivostok');
    await markdownReady();
    expect(await screen.findByTestId('search-count')).toHaveTextContent('5 hits');
    await waitFor(() => expect(document.querySelectorAll('.columns mark[data-search]')).toHaveLength(5));
    expect(screen.getByLabelText('Hits per outlet')).toHaveTextContent('Tempo 2 · Tirto 2 · Unknown outlet 1');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByTestId('search-count')).toHaveTextContent('(1/5)');
    expect(document.querySelectorAll('mark[data-search][data-current="true"]')).toHaveLength(1);
  });
});

describe('URL state', () => {
  it('restores hidden outlets, order, entity and search from the address', async () => {
    serve({});
    renderApp('/?hidden=tirto&order=anon,tempo&entity=per-putin&q=Kremlin');
    await screen.findByRole('heading', { name: 'Tempo' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Unknown outlet', 'Tempo']);
    await userEvent.click(await screen.findByRole('tab', { name: 'Outlets' }));
    expect(screen.getByRole('checkbox', { name: /Tirto/ })).not.toBeChecked();
    expect(screen.getByTestId('entity-nav')).toHaveTextContent('Vladimir Putin');
    expect(screen.getByRole('searchbox', { name: 'Search the articles' })).toHaveValue('Kremlin');
  });

  it('moves and hides columns through the outlet card', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await userEvent.click(screen.getByRole('button', { name: 'Move Tirto left' }));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Tirto', 'Tempo', 'Unknown outlet']);
    await userEvent.click(screen.getByRole('button', { name: 'Hide Unknown outlet' }));
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(2);
    await waitFor(() => expect(window.location.search).toMatch(/hidden=anon/));
    expect(window.location.search).toMatch(/order=tirto/);
  });
});

describe('language and shortcuts', () => {
  it('switches the interface to Indonesian', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await userEvent.click(screen.getByText('ID'));
    expect(await screen.findByRole('tab', { name: 'Linimasa' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Media tidak dikenal' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('id');
  });

  it('opens the shortcut list with ?', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await userEvent.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Next event');
  });
});

describe('overview strip', () => {
  it('is one tab stop; arrow keys move along the sentences and Enter chooses one', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    const strip = screen.getByRole('toolbar', { name: /Shared and unique passages: Tempo/ });
    const slices = within(strip).getAllByRole('button');
    expect(slices.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    expect(slices[0]).toHaveAccessibleName(/^1\/4 shared: Presiden Rusia/);
    slices[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(slices[1]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByTestId('compare-summary')).toHaveTextContent('Only this outlet reports this');
  });
});
