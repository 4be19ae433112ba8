import type { Article, Digest } from '../shared/digest/schema';
import { outletLabels } from '../shared/lib/outlet';
import { paragraphsOf } from '../shared/lib/paragraphs';

const HEADING = /^#{1,6}\s+/;

interface Props {
  /** The story the first view opens. */
  digest: Digest;
  /** The app's name, in the header bar. */
  appTitle: string;
  /** Announced to screen readers until the app takes over. */
  label: string;
  /** Name of an article without an outlet. */
  unknownOutlet: string;
}

/**
 * The first view as plain markup: the header bar and the first article's text, written into
 * index.html at build time (scripts/prerender.mjs) so that the text paints before any script runs.
 * The app replaces it when its reader renders (src/main.tsx); its styles are inline in index.html,
 * sized so that the app's text never paints larger than this one.
 */
export function FirstView({ digest, appTitle, label, unknownOutlet }: Props) {
  const article: Article | undefined = digest.articles[0];
  const outlet = article ? (outletLabels(digest.articles, unknownOutlet).get(article.id) ?? article.id) : '';
  return (
    <main className="first-view" aria-busy="true" aria-label={label} data-story={digest.story.id}>
      <div className="first-view-bar">
        <span className="first-view-app">{appTitle}</span> <span className="first-view-title">{digest.story.title}</span>
      </div>
      {article && (
        <section className="first-view-column" aria-label={outlet}>
          <h2 className="first-view-outlet">{outlet}</h2>
          {article.title && <p className="first-view-headline">{article.title}</p>}
          <div className="first-view-body">
            {paragraphsOf(article).map((p) =>
              p.heading || HEADING.test(p.text) ? <h3 key={p.start}>{p.text.replace(HEADING, '')}</h3> : <p key={p.start}>{p.text}</p>,
            )}
          </div>
        </section>
      )}
    </main>
  );
}
