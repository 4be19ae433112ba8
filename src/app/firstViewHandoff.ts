/** The first view that the build wrote into index.html next to the app's root, if it is still there. */
export const firstView = (): HTMLElement | null => (typeof document === 'undefined' ? null : document.getElementById('first-view'));

/**
 * Keeps the build-time first view (or the one public/boot.js draws from a large story's first
 * screen, which may arrive after the app has started) on screen while the app only has its
 * loading view to show (LoadingView then draws nothing, or is hidden), and removes it as soon as the app renders anything else: the
 * reader, the story list or an error. A mutation observer runs before the next paint, so the
 * two never show together and no frame shows neither.
 */
export function handOverFirstView(root: HTMLElement): void {
  const settled = () => [...root.children].some((el) => el.tagName !== 'STYLE' && !el.hasAttribute('data-loading'));
  const observer = new MutationObserver(() => {
    if (!settled()) return;
    observer.disconnect();
    firstView()?.remove();
  });
  observer.observe(root, { childList: true });
}
