// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ReaderColumns } from '../../src/features/reader/ReaderColumns';
import type { Article } from '../../src/shared/digest/schema';
import type { Mark } from '../../src/shared/lib/marks';
import { fixture } from './helpers';
import './setup';

const articles = fixture().articles.slice(0, 2) as unknown as Article[];
const noMarks: Mark[] = [];

/** The columns with spies for their header and strip; `rerender` gives them other props. */
function columns(props: Partial<ComponentProps<typeof ReaderColumns>> = {}) {
  const renderHeader = vi.fn((a: Article) => <span>{a.id}</span>);
  const renderAside = vi.fn(() => null);
  const base: ComponentProps<typeof ReaderColumns> = {
    articles, marksFor: () => noMarks, filter: null, showImages: false, remoteImages: false, scroll: null,
    renderHeader, renderAside, label: (a) => a.id, onEntityClick: () => undefined, onSentenceClick: () => undefined, emptyText: 'none', ...props,
  };
  const view = render(<MantineProvider><ReaderColumns {...base} /></MantineProvider>);
  const rerender = (next: Partial<ComponentProps<typeof ReaderColumns>>) => view.rerender(<MantineProvider><ReaderColumns {...base} {...next} /></MantineProvider>);
  return { renderHeader, renderAside, rerender };
}

describe('a column rendered again', () => {
  it('renders nothing new when the page gives it the same things anew: a scroll request asking the same, another function for the same marks', () => {
    const { renderHeader, renderAside, rerender } = columns({ scroll: { key: 'search:1:kim', selector: 'mark[data-search]' } });
    const headers = renderHeader.mock.calls.length;
    expect(headers).toBeGreaterThan(0);
    rerender({ scroll: { key: 'search:1:kim', selector: 'mark[data-search]' }, marksFor: () => noMarks });
    expect(renderHeader.mock.calls.length).toBe(headers);
    expect(renderAside.mock.calls.length).toBe(headers);
  });

  it('renders again when what it shows changes: another scroll request, another header', () => {
    const { renderHeader, rerender } = columns({ scroll: { key: 'search:1:kim', selector: 'mark[data-search]' } });
    const headers = renderHeader.mock.calls.length;
    rerender({ scroll: { key: 'search:2:kim jong', selector: 'mark[data-search]' } });
    expect(renderHeader.mock.calls.length).toBe(2 * headers);
    const other = vi.fn((a: Article) => <span>{a.id}!</span>);
    rerender({ scroll: { key: 'search:2:kim jong', selector: 'mark[data-search]' }, renderHeader: other });
    expect(other).toHaveBeenCalled();
  });
});
