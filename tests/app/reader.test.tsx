// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture, renderApp, serve } from './helpers';
import './setup';

const column = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;
const markdownReady = () => waitFor(() => expect(document.querySelector('.article-body[aria-busy]')).toBeNull());

describe('entity highlights', () => {
  it('marks mentions at their digest offsets, styled by type, inside markdown', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await markdownReady();
    const tempo = column('Tempo');
    const marks = [...tempo.querySelectorAll('mark[data-entity-id="per-kim"]')].map((m) => m.textContent);
    expect(marks).toEqual(['Kim Jong Un', 'Kim Jong Un']);
    expect(tempo.querySelector('mark[data-entity="LOC"]')).toHaveTextContent('Rusia');
    expect(tempo.querySelector('mark[data-entity="DATE"]')).toHaveTextContent('Kamis, 25 April 2019');
    // bold markdown is rendered as <strong>, and the sentence around it still maps to its offsets
    expect(within(tempo).getByText('Al Jazeera').closest('strong')).not.toBeNull();
    expect(tempo.querySelector('h4')).toBeNull();
    expect(within(column('Tirto')).getByRole('heading', { level: 4, name: /Pertemuan di Pulau Russky/ })).toBeInTheDocument();
  });

  it('chooses an entity from the index: all its mentions active, others dimmed, and a count', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await userEvent.click(await screen.findByRole('tab', { name: 'Entities' }));
    await userEvent.click(await screen.findByRole('button', { name: /^Kim Jong Un/ }));
    await markdownReady();
    expect(screen.getByTestId('entity-nav')).toHaveTextContent('9 mentions in 3 outlets');
    for (const name of ['Tempo', 'Tirto', 'Unknown outlet']) {
      expect(column(name).querySelectorAll('mark[data-active="true"]').length).toBeGreaterThan(0);
      expect(column(name).querySelectorAll('mark[data-dimmed="true"]').length).toBeGreaterThan(0);
    }
    expect(window.location.search).toContain('entity=per-kim');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(document.querySelectorAll('mark[data-current="true"]')).toHaveLength(1);
    expect(screen.getByTestId('entity-nav')).toHaveTextContent('(1/9)');
  });

  it('clicking a mention chooses its entity; the paragraph filter keeps only paragraphs mentioning it', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await markdownReady();
    await userEvent.click(column('Unknown outlet').querySelector('mark[data-entity-id="org-kremlin"]') as Element);
    expect(screen.getByTestId('entity-nav')).toHaveTextContent('1 mentions in 1 outlets');
    await userEvent.click(screen.getByRole('switch', { name: 'Only paragraphs that mention it' }));
    await waitFor(() => expect(column('Tempo').querySelectorAll('.paragraph')).toHaveLength(0));
    expect(column('Unknown outlet').querySelectorAll('.paragraph')).toHaveLength(1);
  });

  it('switches entity types off', async () => {
    serve({});
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await markdownReady();
    expect(document.querySelectorAll('.columns mark[data-entity="LOC"]').length).toBeGreaterThan(0);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Places' }));
    await waitFor(() => expect(document.querySelectorAll('.columns mark[data-entity="LOC"]')).toHaveLength(0));
    expect(window.location.search).toContain('types=LOC');
  });
});

describe('hostile markdown', () => {
  it('keeps script, raw HTML and javascript: links inert', async () => {
    const d = fixture();
    const a = d.articles[2] as (typeof d.articles)[number];
    const extra = '\n<script>window.pwned = 1</script>\n[click me](javascript:alert(1)) <img src="x" onerror="window.pwned = 2">\n';
    a.text = a.text + extra;
    serve({ 'putin-kim.json': d });
    renderApp();
    await screen.findByRole('heading', { name: 'Tempo' });
    await markdownReady();
    const col = column('Unknown outlet');
    expect(col.querySelector('script')).toBeNull();
    expect(col.querySelector('img[onerror]')).toBeNull();
    const link = within(col).getByText('click me').closest('a');
    expect(link?.getAttribute('href') ?? '').not.toMatch(/javascript/i);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });
});
