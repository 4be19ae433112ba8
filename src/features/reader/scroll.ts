// A column's paragraphs out of view hold guessed heights until they are shown (reader.css), so
// the first aim may fall short or long; once the scroll has ended the aim is taken again.
const pending = new WeakMap<HTMLElement, () => void>();

const targetTop = (el: Element, box: HTMLElement) => Math.max(0, el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop - box.clientHeight / 3);

/** Scrolls the nearest column body so that `el` sits a third of the way down, without moving the page. */
export function scrollIntoColumn(el: Element): void {
  const box = el.closest('[data-scroll-body]');
  if (!(box instanceof HTMLElement)) return;
  const target = targetTop(el, box);
  if (typeof box.scrollTo !== 'function') {
    box.scrollTop = target;
    return;
  }
  pending.get(box)?.();
  const settle = () => {
    stop();
    if (!el.isConnected) return;
    const again = targetTop(el, box);
    if (Math.abs(again - box.scrollTop) > 4) box.scrollTo({ top: again, behavior: 'instant' });
  };
  const stop = () => {
    box.removeEventListener('scrollend', settle);
    pending.delete(box);
  };
  // already there, no scroll will end: nothing to aim again
  if (Math.abs(target - box.scrollTop) >= 1) {
    box.addEventListener('scrollend', settle);
    pending.set(box, stop);
  }
  box.scrollTo({ top: target, behavior: 'smooth' });
}
