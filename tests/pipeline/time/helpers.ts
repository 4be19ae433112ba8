import { runArticle } from '../../../src/pipeline/index';
import { decodeArticle } from '../../../src/pipeline/stages/decode';
import type { ArticleDoc } from '../../../src/pipeline/types';

/** Runs every article stage over a text; `published` becomes front matter when given. */
export function article(body: string, published?: string): ArticleDoc {
  const text = published ? `---\npublished: "${published}"\n---\n${body}` : body;
  const { doc, diagnostics } = decodeArticle({ file: 'a.txt', bytes: new TextEncoder().encode(text) });
  if (!doc) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return runArticle(doc);
}

/** "text → value" for every timex of an article. */
export const timexOf = (doc: ArticleDoc) => doc.timex.map((t) => `${t.text} → ${t.value}`);
