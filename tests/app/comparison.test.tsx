// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture, renderApp, serve } from './helpers';
import './setup';

const column = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;
const marked = (col: HTMLElement, selector: string) => [...col.querySelectorAll(selector)].map((e) => e.textContent).join('|');
const markdownReady = () => waitFor(() => expect(document.querySelector('.article-body[aria-busy]')).toBeNull());

describe('story overview', () => {
  it('names the story, its day, its outlets with articles and dates, and how many outlets report each event', async () => {
    serve({});
    renderApp();
    const overview = await screen.findByRole('region', { name: 'Story overview' });
    expect(overview).toHaveTextContent('Putin dan Kim Jong Un bertemu di Vladivostok');
    expect(overview).toHaveTextContent('25 April 2019');
    const outlets = within(overview).getByRole('list', { name: 'Outlets' });
    expect(within(outlets).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Tempo 1 article, published 25 Apr 2019',
      'Tirto 1 article, published 25 Apr 2019',
      'Unknown outlet 1 article',
    ]);
    const bar = within(overview).getByRole('list', { name: /Coverage/ });
    expect(within(bar).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'February 2019: Kim dan Trump bertemu di Hanoi (1 of 3 outlets)',
      '24 April 2019: Kim tiba di Vladivostok (2 of 3 outlets)',
      '25 April 2019: Putin dan Kim bertemu di Vladivostok (3 of 3 outlets)',
    ]);
  });

  it('counts two articles of one outlet as one outlet', async () => {
    const d = fixture();
    d.articles[1]!.outlet = structuredClone(d.articles[0]!.outlet);
    serve({ 'putin-kim.json': d });
    renderApp();
    const overview = await screen.findByRole('region', { name: 'Story overview' });
    expect(within(overview).getByRole('list', { name: 'Outlets' })).toHaveTextContent('Tempo 2 articles');
    expect(within(overview).getByRole('list', { name: /Coverage/ })).toHaveTextContent('24 April 2019: Kim tiba di Vladivostok (1 of 2 outlets)');
  });

  it('the story list shows each story’s dates and outlets', async () => {
    serve({
      'index.json': {
        schemaVersion: 2,
        stories: [
          { id: 'putin-kim', title: 'Putin dan Kim', articleCount: 3, file: 'putin-kim.json', dates: { from: '2019-04-23', to: '2019-04-25' }, outlets: [{ name: 'Tempo', articles: 2, dates: ['2019-04-25'] }, { name: null, articles: 1, dates: [] }] },
          { id: 'other', title: 'Another story', articleCount: 3, file: 'other.json' },
        ],
      },
    });
    renderApp();
    const first = await screen.findByRole('button', { name: /Putin dan Kim/ });
    expect(first.textContent?.replace(/[\u2009\u202f]/g, '')).toContain('23–25 April 2019 · 3 articles');
    expect(first).toHaveTextContent('Tempo (2), Unknown outlet (1)');
    expect(screen.getByRole('button', { name: /Another story/ })).toHaveTextContent('3 articles');
  });
});

describe('differences', () => {
  it('the header counts them and opens their list, each worded with the outlets on each side', async () => {
    serve({});
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: '2 differences' }));
    const list = await screen.findByRole('list', { name: 'Where outlets disagree' });
    const items = within(list).getAllByRole('button');
    expect(items[0]).toHaveTextContent('“Kamis (25/2)”: 25 February 2019 was a Monday, not a Thursday. Other dates suggest 25 April 2019 is meant.');
    expect(items[1]).toHaveTextContent('The name is spelled “Kim Jong Un” (Tempo) and “Kim Jong-un” (Tirto).');
    expect(within(items[1]!).getByText('Tempo')).toBeInTheDocument();
    expect(within(items[1]!).getByText('Tirto')).toBeInTheDocument();
  });

  it('choosing one marks its spans in every column it rests on; Back returns to the previous choice', async () => {
    serve({});
    renderApp();
    await userEvent.click(await screen.findByRole('tab', { name: /Differences/ }));
    await markdownReady();
    await userEvent.click(await screen.findByRole('button', { name: /25 February 2019 was a Monday/ }));
    await waitFor(() => expect(marked(column('Unknown outlet'), 'mark[data-difference="true"]')).toBe('Kamis (25/2)'));
    // a choice is an entry of the history once the address has taken it (updates are batched)
    await waitFor(() => expect(window.location.search).toContain('diff=d-date'));
    await userEvent.click(screen.getByRole('button', { name: /The name is spelled/ }));
    await waitFor(() => expect(marked(column('Tempo'), 'mark[data-difference="true"]')).toBe('Kim Jong Un|Kim Jong Un'));
    expect(marked(column('Tirto'), 'mark[data-difference="true"]')).toBe('Kim Jong-un|Kim Jong-un');
    expect(column('Unknown outlet').querySelector('mark[data-difference]')).toBeNull();
    await waitFor(() => expect(window.location.search).toContain('diff=d-kim'));
    expect(screen.getByRole('button', { name: /The name is spelled/ })).toHaveAttribute('aria-pressed', 'true');
    act(() => window.history.back());
    await waitFor(() => expect(window.location.search).toContain('diff=d-date'));
    await waitFor(() => expect(marked(column('Unknown outlet'), 'mark[data-difference="true"]')).toBe('Kamis (25/2)'));
    expect(column('Tempo').querySelector('mark[data-difference]')).toBeNull();
  });

  it('words them in Indonesian and opens on the chosen one from the address', async () => {
    serve({});
    renderApp('/?diff=d-kim', 'id');
    const chosen = await screen.findByRole('button', { name: /Nama ini dieja “Kim Jong Un” \(Tempo\) dan “Kim Jong-un” \(Tirto\)/ });
    expect(chosen).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '2 perbedaan' })).toBeInTheDocument();
  });

  it('says so when there are none, and the header shows no count', async () => {
    const d = fixture();
    d.discrepancies = [];
    serve({ 'putin-kim.json': d });
    renderApp();
    await userEvent.click(await screen.findByRole('tab', { name: /Differences/ }));
    expect(await screen.findByText('No disagreements were found.')).toBeInTheDocument();
    expect(screen.queryByTestId('differences-count')).toBeNull();
  });
});

describe('who said what', () => {
  it('lists speakers; choosing one shows their statements per outlet and marks them in the columns', async () => {
    serve({});
    renderApp();
    await userEvent.click(await screen.findByRole('tab', { name: 'Who said what' }));
    await markdownReady();
    const list = await screen.findByRole('list', { name: 'Speakers' });
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['Kremlin1 statements in 1 outlets', 'Vladimir Putin1 statements in 1 outlets']);
    await userEvent.click(within(list).getByRole('button', { name: /Vladimir Putin/ }));
    const outlet = await within(list).findByRole('region', { name: 'Unknown outlet' });
    expect(outlet).toHaveTextContent('jaminan keamanan AS mungkin tidak cukup (mengatakan, reported)');
    await waitFor(() => expect(marked(column('Unknown outlet'), '[data-quote="true"]').replace(/\|/g, '')).toMatch(/^Presiden Vladimir Putin mengatakan/));
    expect(column('Tempo').querySelector('[data-quote]')).toBeNull();
    expect(window.location.search).toContain('speaker=per-putin');
  });
});
