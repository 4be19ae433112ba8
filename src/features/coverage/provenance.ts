import type { Article } from '../../shared/digest/schema';
import type { Lang, Translate } from '../../shared/i18n';

export interface ProvenanceLine {
  articleId: string;
  name: string;
  text: string;
}

/** Overlaps under this share are a sentence or so in common, not copied text. */
const MIN_SHARE = 0.1;

/** Per article, in the reader's language: the wires it credits and how much of it is shared with each other article (largest first). */
export function provenanceLines(articles: readonly Article[], name: (articleId: string) => string, t: Translate, lang: Lang): ProvenanceLine[] {
  const list = (items: string[]) => new Intl.ListFormat(lang === 'id' ? 'id-ID' : 'en-GB', { type: 'conjunction' }).format(items);
  const percent = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 });
  return articles.map((a) => {
    const parts: string[] = [];
    if (a.provenance.credits.length) parts.push(t('creditsNames', { names: list(a.provenance.credits) }));
    const overlaps = a.provenance.overlaps.filter((o) => o.share >= MIN_SHARE).sort((x, y) => y.share - x.share || x.articleId.localeCompare(y.articleId));
    for (const o of overlaps) parts.push(t('sharesWith', { share: percent.format(o.share), name: name(o.articleId) }));
    return { articleId: a.id, name: name(a.id), text: parts.length ? parts.join('; ') : t('ownText') };
  });
}
