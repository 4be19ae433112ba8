import { createAttestation } from '../../../src/pipeline/language/id/attest';

describe('roots attested by the vocabulary', () => {
  it('takes a root written on its own as attested whatever reading found it', () => {
    const attested = createAttestation(new Set(['tulis']));
    expect(attested('tulis', 'N')).toBe(true);
    expect(attested('tulis', '')).toBe(true);
  });

  it('takes a root as attested by a form of another prefix family', () => {
    // "menulis" read as meN- + tulis: "ditulis" (di-) confirms the root
    const attested = createAttestation(new Set(['ditulis']));
    expect(attested('tulis', 'N')).toBe(true);
    expect(attested('tulis', 'di')).toBe(false);
  });

  it('gives back the sound a nasal prefix swallowed, only before a vowel', () => {
    const attested = createAttestation(new Set(['penulisan', 'pemukul']));
    expect(attested('tulis', 'di')).toBe(true);
    expect(attested('pukul', 'ter')).toBe(true);
    // pen- before a consonant swallowed nothing: "pendaki" attests "daki", not "tdaki"
    const climbing = createAttestation(new Set(['pendaki']));
    expect(climbing('daki', 'ber')).toBe(true);
    expect(climbing('tdaki', 'ber')).toBe(false);
  });

  it('does not let a form of the same family attest its own reading', () => {
    // "keluarga" is no ke- + luarga: "keluarganya" is of the same ke-
    const attested = createAttestation(new Set(['keluarganya']));
    expect(attested('luarga', 'ke')).toBe(false);
    expect(attested('luarga', 'N')).toBe(true);
  });

  it('counts a bare root with a suffix, but not a word for itself by its own family', () => {
    const attested = createAttestation(new Set(['tulisan']));
    expect(attested('tulis', 'di')).toBe(true);
    expect(attested('tulis', '')).toBe(false);
    expect(attested('lis', 'di')).toBe(false);
  });

  it('finds nothing in an empty vocabulary', () => {
    const attested = createAttestation(new Set());
    expect(attested('tulis', 'di')).toBe(false);
  });
});
