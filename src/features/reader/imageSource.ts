/** Where an article image would be fetched from, which decides whether it may load by itself. */
export type ImageSource =
  /** The app's own origin, or data the page already holds (data:, blob:): loads as it is. */
  | { kind: 'local'; url: string }
  /** Another site: loads only once the reader asks; fetched over https. */
  | { kind: 'remote'; url: string; host: string }
  /** Nothing that can be shown (empty, unparsable, or a scheme that is not an image address). */
  | { kind: 'none' };

const WEB = new Set(['http:', 'https:']);
const INLINE = new Set(['data:', 'blob:']);

/**
 * Classifies an image address of an article, resolved against the page address `base`.
 * A remote http: address is upgraded to https: (as browsers do for mixed content), so what the
 * reader loads never travels in the clear and the page's policy (img-src https:) admits it.
 */
export function imageSource(src: string | null | undefined, base: string): ImageSource {
  const raw = src?.trim();
  if (!raw) return { kind: 'none' };
  let url: URL;
  let page: URL;
  try {
    page = new URL(base);
    url = new URL(raw, page);
  } catch {
    return { kind: 'none' };
  }
  if (INLINE.has(url.protocol)) return { kind: 'local', url: url.href };
  if (!WEB.has(url.protocol) || !url.hostname) return { kind: 'none' };
  if (url.origin === page.origin) return { kind: 'local', url: url.href };
  if (url.protocol === 'http:') url.protocol = 'https:';
  return { kind: 'remote', url: url.href, host: url.hostname };
}
