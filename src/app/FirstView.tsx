import type { Article, Digest } from '../shared/digest/schema';
import type { SliceLead } from './digestSlice';
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

/** The lead's columns side by side (inline: index.html's styles hold one column). */
const LEAD_ROW = { display: 'flex', overflow: 'hidden' } as const;
const LEAD_COLUMN = { flex: '1 0 300px', minWidth: 300, boxSizing: 'border-box' } as const;

/**
 * A large story's lead (digestSlice.ts) as plain markup: the header bar and the opening text of
 * its first columns. The same markup as public/boot.js draws from a first screen's file; the
 * build writes it into index.html for its only story when that story is too large to open
 * without being asked (scripts/prerender.mjs), hidden, and boot.js shows it when the address opens
 * the story whole.
 */
export function LeadView({ lead, appTitle, label }: { lead: SliceLead; appTitle: string; label: string }) {
  return (
    <main className="first-view first-view-lead" aria-busy="true" aria-label={label} data-story={lead.story}>
      <div className="first-view-bar">
        <span className="first-view-app">{appTitle}</span> <span className="first-view-title">{lead.title}</span>
      </div>
      <div className="first-view-columns" style={LEAD_ROW}>
        {lead.columns.map((c, i) => (
          <section key={i} className="first-view-column" aria-label={c.outlet} style={LEAD_COLUMN}>
            <h2 className="first-view-outlet">{c.outlet}</h2>
            {c.title && <p className="first-view-headline">{c.title}</p>}
            <div className="first-view-body">
              {c.paragraphs.map((p, j) => (p.heading || HEADING.test(p.text) ? <h3 key={j}>{p.text.replace(HEADING, '')}</h3> : <p key={j}>{p.text}</p>))}
            </div>
          </section>
        ))}
      </div>
    </main>
  );
}
