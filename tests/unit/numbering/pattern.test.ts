import { describe, expect, it } from 'vitest';
import { formatNumber, patternProblem, usesYear } from '../../../shared/numbering/pattern';

describe('number series patterns', () => {
  it('formats year and zero-padded counter', () => {
    expect(formatNumber('INV-{YYYY}-{#####}', { year: 2026, counter: 42 })).toBe('INV-2026-00042');
    expect(formatNumber('{YY}/{###}', { year: 2031, counter: 7 })).toBe('31/007');
    expect(formatNumber('SO{####}', { year: 2026, counter: 123456 })).toBe('SO123456');
  });

  it('accepts usable patterns and explains the rest', () => {
    expect(patternProblem('INV-{YYYY}-{#####}')).toBeNull();
    expect(patternProblem('INV-{YYYY}')).toBe('A pattern needs exactly one counter, like {#####}');
    expect(patternProblem('{###}-{###}')).toBe('A pattern needs exactly one counter, like {#####}');
    expect(patternProblem('X-{MM}-{###}')).toBe('Unknown placeholder: use {YYYY}, {YY} and {#####}');
    expect(patternProblem('X<b>{###}')).toMatch(/letters, digits/);
    expect(patternProblem('{##########}')).toBe('The counter can have at most 9 digits');
  });

  it('knows whether a pattern shows the year', () => {
    expect(usesYear('INV-{YYYY}-{###}')).toBe(true);
    expect(usesYear('INV-{###}')).toBe(false);
  });
});
