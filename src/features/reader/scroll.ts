/** Scrolls the nearest column body so that `el` sits a third of the way down, without moving the page. */
export function scrollIntoColumn(el: Element): void {
  const box = el.closest('[data-scroll-body]');
  if (!(box instanceof HTMLElement)) return;
  const top = el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  const target = Math.max(0, top - box.clientHeight / 3);
  if (typeof box.scrollTo === 'function') box.scrollTo({ top: target, behavior: 'smooth' });
  else box.scrollTop = target;
}
