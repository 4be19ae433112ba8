// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fixture, renderApp, serve } from './helpers';
import './setup';

const column = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;
const body = (name: string) => column(name).querySelector('[data-scroll-body]') as HTMLElement;
const markdownReady = () => waitFor(() => expect(document.querySelector('.article-body[aria-busy]')).toBeNull());
const sentenceIn = (articleId: string, start: number) => document.querySelector(`section[data-article-id="${articleId}"] [data-sentence="${start}"]`) as HTMLElement;
const marked = (col: HTMLElement, selector: string) => [...col.querySelectorAll(selector)].map((e) => e.textContent).join('');
const scrolled = (spy: { mock: { contexts: unknown[] } }) => spy.mock.contexts.map((el) => (el as HTMLElement).closest('section.column')?.getAttribute('data-article-id'));

async function chooseSummitSentence() {
  serve({});
  renderApp();
  await screen.findByRole('heading', { name: 'Tempo' });
  await markdownReady();
  await userEvent.click(sentenceIn('tempo', 208));
}

describe('side-by-side wording', () => {
  it('names the outlets that report the chosen sentence and those that do not, counting outlets', async () => {
    const d = fixture();
    // a second Tempo article telling the same passage is still one outlet
    const copy = { ...structuredClone(d.articles[0]!), id: 'tempo2', title: 'Putin bertemu Kim' };
    d.articles.push(copy as (typeof d.articles)[number]);
    d.sharedPassages[1]!.mentions.push({ articleId: 'tempo2', start: 365, end: 447 });
    serve({ 'putin-kim.json': d });
    renderApp();
    await screen.findAllByRole('heading', { name: /Tempo/ });
    await markdownReady();
    await userEvent.click(sentenceIn('tempo', 365));
    expect(await screen.findByTestId('compare-summary')).toHaveTextContent('2 of 3 outlets report this: Tempo and Tirto; Unknown outlet does not.');
  });

  it('lists every other outlet’s matching sentence with the differing words marked', async () => {
    await chooseSummitSentence();
    expect(await screen.findByTestId('compare-summary')).toHaveTextContent('3 of 3 outlets report this: Tempo, Tirto and Unknown outlet.');
    const wording = await screen.findByRole('region', { name: 'Wording in other outlets' });
    expect(wording).toHaveTextContent('Chosen sentence: Presiden Rusia Vladimir Putin bertemu Pemimpin Korea Utara Kim Jong Un di Vladivostok pada Kamis, 25 April 2019.');
    expect(within(wording).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Tirto', 'Unknown outlet']);
    const [tirto, anon] = within(wording).getAllByRole('button');
    // the longest common run keeps "Kim Jong Un" in place, so the moved "di Vladivostok" is left out in one place and added in another
    expect([...tirto!.querySelectorAll('ins, del')].map((e) => `${e.tagName} ${e.textContent}`)).toEqual([
      'INS only here: tirto',
      'INS only here: id',
      'DEL left out: bertemu Pemimpin Korea Utara',
      'INS only here: tiba di Vladivostok untuk KTT dengan',
      'DEL left out: di Vladivostok',
      'DEL left out: April',
      'INS only here: 4',
    ]);
    expect(tirto).toHaveTextContent('Show in Tirto');
    // "Jong-un" and "Jong Un" are the same words
    expect(tirto!.querySelector('ins')?.textContent).not.toMatch(/un/i);
    expect([...anon!.querySelectorAll('ins')].map((e) => e.textContent)).toContain('only here: dan');
    expect(anon).toHaveTextContent('Show in Unknown outlet');
  });

  it('a match brings its sentence into view in that column only', async () => {
    await chooseSummitSentence();
    const wording = await screen.findByRole('region', { name: 'Wording in other outlets' });
    const spy = vi.spyOn(Element.prototype, 'scrollTo');
    await userEvent.click(within(wording).getAllByRole('button')[1]!);
    await waitFor(() => expect(scrolled(spy)).toContain('anon'));
    expect(scrolled(spy).filter((id) => id && id !== 'anon')).toEqual([]);
    expect(spy.mock.contexts).toContain(body('Unknown outlet'));
  });

  it('Back returns to the previously chosen sentence', async () => {
    await chooseSummitSentence();
    await screen.findByRole('region', { name: 'Wording in other outlets' });
    // each choice is an entry of the history once the address has taken it (updates are batched)
    await waitFor(() => expect(window.location.search).toContain('sent=tempo:208'));
    await userEvent.click(sentenceIn('tempo', 321));
    await waitFor(() => expect(screen.getByTestId('compare-summary')).toHaveTextContent('Only this outlet reports this: Tempo; Tirto and Unknown outlet do not.'));
    expect(screen.getByText('No other outlet has a matching sentence.')).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toContain('sent=tempo:321'));
    act(() => window.history.back());
    await waitFor(() => expect(screen.getByTestId('compare-summary')).toHaveTextContent('3 of 3 outlets'));
    expect(window.location.search).toContain('sent=tempo:208');
  });
});

describe('who reported what', () => {
  const openMatrix = async () => {
    await userEvent.click(await screen.findByRole('tab', { name: 'Who reported what' }));
    return screen.findByRole('table', { name: 'Events by outlet' });
  };

  it('is a table of events by outlet whose cells say their state in words', async () => {
    serve({});
    renderApp();
    const table = await openMatrix();
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Event', 'Tempo', 'Tirto', 'Unknown outlet']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Kim dan Trump bertemu di HanoiFebruary 2019only Unknown outlet',
      'Kim tiba di Vladivostok24 April 2019all but Unknown outlet',
      'Putin dan Kim bertemu di Vladivostok25 April 2019',
    ]);
    expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['– not reported', '– not reported', '✓ reported'],
      ['✓ reported', '✓ reported', '– not reported'],
      ['✓ reported', '✓ reported', '≠ other date: 25 February 2019'],
    ]);
  });

  it('a cell chooses the event, marks its sentences and scrolls that outlet’s column', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await markdownReady();
    const table = await openMatrix();
    const spy = vi.spyOn(Element.prototype, 'scrollTo');
    await userEvent.click(within(table).getByRole('button', { name: 'Tirto, Kim tiba di Vladivostok: reported' }));
    await waitFor(() => expect(window.location.search).toContain('event=ev-arrive'));
    await waitFor(() => expect(marked(column('Tirto'), '[data-event="true"]')).toMatch(/Kim Jong-un tiba di Vladivostok/));
    await waitFor(() => expect(scrolled(spy)).toContain('tirto'));
    expect(scrolled(spy).filter((id) => id && id !== 'tirto')).toEqual([]);
    expect(within(table).queryByRole('button', { name: /Unknown outlet, Kim tiba/ })).toBeNull();
  });

  it('shows where each article’s text comes from', async () => {
    serve({});
    renderApp();
    await openMatrix();
    const provenance = screen.getByRole('region', { name: 'Where the text comes from' });
    expect(within(provenance).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Tempo: credits Al Jazeera; 50% shared with Tirto; 25% shared with Unknown outlet',
      'Tirto: credits AP; 67% shared with Tempo; 33% shared with Unknown outlet',
      'Unknown outlet: 33% shared with Tempo; 33% shared with Tirto',
    ]);
  });

  it('is worded in Indonesian', async () => {
    serve({});
    renderApp('/', 'id');
    await userEvent.click(await screen.findByRole('tab', { name: 'Siapa memberitakan apa' }));
    const table = await screen.findByRole('table', { name: 'Peristiwa per media' });
    expect(within(table).getAllByRole('cell')[0]).toHaveTextContent('tidak diberitakan');
  });
});

describe('overview strip and search', () => {
  it('the strip has a visible legend in words', async () => {
    serve({});
    renderApp();
    const legend = await screen.findByRole('list', { name: 'Strip beside each column' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['shared: also told by another article', 'unique: only in this article', 'the chosen passage']);
  });

  it('search forgives case, diacritics and a typo', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search the articles' }), 'VLADIVOSTÓCK');
    expect(await screen.findByTestId('search-count')).toHaveTextContent('5 hits');
  });
});
