import type { ArticleDoc, StoryInput } from '../types';

/** A lead used as a title is cut to this many words: a headline's length, not a paragraph's. */
const TITLE_WORDS = 12;
/** A dateline's separator after the outlet's signature ("tirto.id - ", "JAKARTA, KOMPAS.com – "). */
const AFTER_SIGNATURE = /^[^\n]{0,40}?(?:\s[-–—]{1,3}\s*|[–—]\s*|:\s+)/u;
/** A place-only dateline ("SINGAPURA – "). */
const PLACE_DATELINE = /^[\p{Lu}][\p{Lu}\s.,()]{1,40}?\s?[-–—]{1,3}\s+/u;
/** Markdown emphasis and link brackets are markup, not words of a title. */
const MARKUP = /[*_#[\]]/g;

const clean = (text: string) => text.replace(MARKUP, '').replace(/\s+/g, ' ').trim();

/** The article's headline: a heading that opens its body, before any sentence. */
function headline(a: ArticleDoc): string | null {
  const heading = a.headings[0];
  const first = a.sentences[0];
  if (!heading || (first && heading.start > first.start)) return null;
  return clean(a.text.slice(heading.start, heading.end)) || null;
}

/** The first words of the article's first sentence, past its dateline. */
function lead(a: ArticleDoc): string | null {
  const first = a.sentences[0];
  if (!first) return null;
  let start = first.start;
  const evidence = a.outlet?.evidence;
  if (evidence && evidence.start >= start && evidence.start < start + 120) {
    start = evidence.end + (AFTER_SIGNATURE.exec(a.text.slice(evidence.end, evidence.end + 60))?.[0].length ?? 0);
  } else {
    start += PLACE_DATELINE.exec(a.text.slice(start, start + 60))?.[0].length ?? 0;
  }
  const words = clean(a.text.slice(start, first.end)).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const head = words.slice(0, TITLE_WORDS).join(' ');
  return words.length > TITLE_WORDS ? `${head.replace(/[,;:]$/, '')}…` : head.replace(/[.!?]$/, '');
}

/**
 * The story's title: the one story.yaml gives, else an article's own title or headline, else
 * the lead of its first article. The folder name is the last resort (a story with no sentence),
 * since a reader never chose it as a title.
 */
export function storyTitle(input: StoryInput, articles: readonly ArticleDoc[]): string {
  return (
    input.meta?.title ??
    articles.find((a) => a.frontMatter.title)?.frontMatter.title ??
    articles.map(headline).find((t) => t) ??
    articles.map(lead).find((t) => t) ??
    input.label ??
    input.id
  );
}
