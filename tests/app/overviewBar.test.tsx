// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StoryOverview } from '../../src/features/overview/StoryOverview';
import type { StoryEvent } from '../../src/shared/digest/schema';
import './setup';

const event = (k: number): StoryEvent => ({ id: `e${k}`, label: `peristiwa ${k}`, date: '2019-04-25', mentions: [] }) as unknown as StoryEvent;
const overview = (n: number) => (
  <StoryOverview
    title="Sebuah cerita"
    summary={{ dates: { from: '2019-04-25', to: '2019-04-25' }, outlets: [{ name: 'Tempo', articles: 1, dates: [] }] }}
    coverage={{ items: Array.from({ length: n }, (_, k) => ({ event: event(k), outlets: 1 })), total: 2 }}
    unknownOutlet="Unknown outlet"
    selectedEventId={null}
  />
);
const bar = () => screen.getByRole('list', { name: /Coverage/ });

describe('the coverage bar above the columns', () => {
  it('draws a short bar with the first render', () => {
    render(overview(3));
    expect(within(bar()).getAllByRole('listitem')).toHaveLength(3);
  });

  it('draws a long bar after the first paint, the rest of the overview at once', async () => {
    render(overview(120));
    expect(screen.getByText('Sebuah cerita')).toBeInTheDocument();
    expect(within(bar()).queryAllByRole('listitem')).toHaveLength(0);
    expect(bar()).toHaveAttribute('aria-busy', 'true');
    expect(await within(bar()).findAllByRole('listitem')).toHaveLength(120);
    expect(within(bar()).getAllByRole('listitem')[0]).toHaveTextContent('25 April 2019: peristiwa 0 (1 of 2 outlets)');
    expect(bar()).not.toHaveAttribute('aria-busy');
  });
});
