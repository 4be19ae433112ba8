import { describe, expect, it } from 'vitest';
import { identifyingName, isBlendedNickname, isHeadedAcronym, isShorterPersonName, isUnitWithoutParent, spellingKey } from '../../../src/pipeline/entities/variants';

describe('name variants', () => {
  it('recognises nicknames blended from two name parts, and nothing else', () => {
    expect(isBlendedNickname('Jokowi', 'Joko Widodo')).toBe(true);
    expect(isBlendedNickname('Hewi', 'Hendra Wijaya Kusuma')).toBe(true);
    expect(isBlendedNickname('Jakarta', 'Joko Widodo')).toBe(false);
    expect(isBlendedNickname('Joko', 'Joko Widodo')).toBe(false);
  });

  it('takes a unit for its full name only when the rest is a parent body or a place', () => {
    expect(isUnitWithoutParent('Direktorat Jenderal Pajak', 'Direktorat Jenderal Pajak Kementerian Keuangan')).toBe(true);
    expect(isUnitWithoutParent('Badan Pusat', 'Badan Pusat Statistik')).toBe(false);
  });

  it('takes a two-word person name inside a longer one at its start or end only', () => {
    expect(isShorterPersonName('Hendra Wijaya', 'Hendra Wijaya Kusuma')).toBe(true);
    expect(isShorterPersonName('Wijaya Kusuma', 'Hendra Wijaya Kusuma')).toBe(true);
    expect(isShorterPersonName('Hendra', 'Hendra Wijaya Kusuma')).toBe(false);
  });

  it('drops bracketed short forms and "Provinsi" but keeps "Kota"', () => {
    expect(identifyingName('Dinas Sosial (Dinsos) Provinsi Riau', 'ORG')).toBe('Dinas Sosial Riau');
    expect(identifyingName('Provinsi Riau', 'LOC')).toBe('Riau');
    expect(identifyingName('Kota Pekanbaru', 'LOC')).toBe('Kota Pekanbaru');
  });

  it('folds old and new spellings of a person name to one key', () => {
    expect(spellingKey('Soeharto Djojo')).toBe(spellingKey('Suharto Jojo'));
    expect(spellingKey('Tjipto')).toBe(spellingKey('Cipto'));
    expect(spellingKey('Rachmat Hidajat')).toBe(spellingKey('Rahmat Hidajat'));
    expect(spellingKey('Rudy Hartanto')).toBe(spellingKey('Rudi Hartanto'));
    expect(spellingKey('Maya')).not.toBe(spellingKey('Mai'));
    expect(spellingKey('Budi Santoso')).not.toBe(spellingKey('Budi Santosa'));
  });

  it('reads a head word plus the initials of the rest as that organisation', () => {
    expect(isHeadedAcronym('Kementerian PUPR', 'Kementerian Pekerjaan Umum dan Perumahan Rakyat')).toBe(true);
    expect(isHeadedAcronym('Badan POM', 'Badan Pengawas Obat dan Makanan')).toBe(true);
    expect(isHeadedAcronym('Kementerian PUPR', 'Kementerian Pertanian')).toBe(false);
    expect(isHeadedAcronym('Dinas PU', 'Badan Pekerjaan Umum')).toBe(false);
    expect(isHeadedAcronym('Pak Budi', 'Pak Bambang Utomo Dwi')).toBe(false);
  });
});
