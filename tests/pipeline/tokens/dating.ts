import { datesHappening } from '../../../src/pipeline/events/words';
import { textStages } from '../stages/helpers';

/** Whether the first `phrase` written in `text` places a happening, read from the text's token layer. */
export function happeningAt(text: string, phrase: string): boolean {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in the text`);
  return datesHappening(textStages(text), { start, end: start + phrase.length });
}
