/**
 * When none of the `selector` matches sits in a column that is in view, scrolls the row of
 * columns sideways to the first column that has one (the vertical scroll is each column's own).
 */
export function revealColumnOf(row: HTMLElement, selector: string): void {
  const view = row.getBoundingClientRect();
  const columns = [...row.querySelectorAll<HTMLElement>('section.column')].filter((c) => c.querySelector(selector));
  const inView = (c: HTMLElement) => {
    const r = c.getBoundingClientRect();
    return r.right > view.left + 40 && r.left < view.right - 40;
  };
  const first = columns[0];
  if (!first || columns.some(inView)) return;
  const left = first.getBoundingClientRect().left - view.left + row.scrollLeft;
  if (typeof row.scrollTo === 'function') row.scrollTo({ left, behavior: 'smooth' });
  else row.scrollLeft = left;
}

/** Scrolls the nearest column body so that `el` sits a third of the way down, without moving the page. */
export function scrollIntoColumn(el: Element): void {
  const box = el.closest('[data-scroll-body]');
  if (!(box instanceof HTMLElement)) return;
  const top = el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  const target = Math.max(0, top - box.clientHeight / 3);
  if (typeof box.scrollTo === 'function') box.scrollTo({ top: target, behavior: 'smooth' });
  else box.scrollTop = target;
}
