// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OutletFilter } from '../../src/features/outlets/OutletFilter';
import type { Article } from '../../src/shared/digest/schema';
import './setup';

const article = (id: string, name: string, domain?: string) => ({ id, file: `${id}.txt`, outlet: domain ? { name, domain } : undefined }) as unknown as Article;
const articles = [article('a', 'Harian Satu', 'satu.example'), article('b', 'Warta Dua', 'dua.example'), article('c', 'Tanpa Nama')];

const show = (hidden: string[], onChange = vi.fn(), counts?: Record<string, number>) => {
  render(
    <MantineProvider env="test">
      <OutletFilter articles={articles} hidden={hidden} counts={counts} label={(a) => a.outlet?.name ?? a.id} onChange={onChange} />
    </MantineProvider>,
  );
  return onChange;
};

describe('outlet filter', () => {
  it('is one named checkbox per article, described by its site or its file', () => {
    show(['b']);
    expect(screen.getByRole('checkbox', { name: 'Harian Satu' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Warta Dua' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Harian Satu' })).toHaveAccessibleDescription('satu.example');
    expect(screen.getByRole('checkbox', { name: 'c' })).toHaveAccessibleDescription('c.txt');
  });

  it('hides and shows an outlet through its box and its name', async () => {
    const onChange = show(['b']);
    await userEvent.click(screen.getByText('Harian Satu'));
    expect(onChange).toHaveBeenLastCalledWith(['b', 'a']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Warta Dua' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('shows each row’s count beside its name', () => {
    show([], vi.fn(), { a: 3 });
    expect(screen.getByRole('checkbox', { name: 'Harian Satu (3)' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Warta Dua' })).toBeInTheDocument();
  });
});
