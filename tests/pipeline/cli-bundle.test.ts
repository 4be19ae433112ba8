// @ts-expect-error a plain script of the project, without types
import { asciiOnly } from '../../scripts/build-cli.mjs';

const escape = asciiOnly as (code: string) => string;
/** A regular expression literal as the bundle would hold it, evaluated. */
const literal = (code: string) => new Function(`return ${code};`)() as RegExp;
const SUBJECTS = ['–', '—', '-', 'é', 'É', '😀', '\uD83D', '\\', '\\–', '\\é', 'a'];

describe('bundle kept to ASCII', () => {
  it.each([
    ['a dash class', '/^[-–—]$/'],
    ['an identity escape', '/\\–/'],
    ['an escaped backslash before the character', '/\\\\–/'],
    ['three backslashes', '/\\\\\\é/'],
    ['a character outside the BMP in a /u pattern', '/^😀$/u'],
    ['one in a class of a /u pattern', '/^[😀]$/u'],
    ['one in a class of a plain pattern (two code units)', '/^[😀]$/'],
    ['a letter under the i flag', '/^é$/i'],
  ])('matches the same with %s escaped', (_, code) => {
    const escaped = escape(code);
    expect(escaped).toMatch(/^[\0-\x7f]*$/);
    const [before, after] = [literal(code), literal(escaped)];
    expect(after.flags).toBe(before.flags);
    for (const s of SUBJECTS) expect(after.test(s), `${code} on ${s}`).toBe(before.test(s));
  });

  it('leaves ASCII and the comments readable as they were', () => {
    expect(escape('const a = /\\d+/; // a → b')).toBe('const a = /\\d+/; // a \\u2192 b');
  });
});
