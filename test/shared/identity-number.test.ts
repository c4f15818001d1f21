import { describe, expect, it } from 'vitest';
import { looksLikeIdentityNumber } from '../../src/shared/identity-number.ts';

describe('looksLikeIdentityNumber', () => {
  it.each([
    ['01019012345', 'an 11-digit identity number'],
    ['41019012345', 'a D-number (day + 40)'],
    ['010190 12345', 'written 6 + 5 with a space'],
    ['010190-12345', 'written 6 + 5 with a dash'],
    ['Anna 01019012345', 'inside a label'],
    ['01019012345@example.com', 'inside an email address'],
  ])('refuses %s (%s)', (text) => {
    expect(looksLikeIdentityNumber(text)).toBe(true);
  });

  it.each([
    ['Work permit — Anna', 'a plain label'],
    ['Family 2024', 'a year'],
    ['Case 2401234', 'a 7-digit case number'],
    ['0101901234', '10 digits'],
    ['010190123456', '12 digits'],
    ['anna.berg@example.com', 'an email address'],
  ])('accepts %s (%s)', (text) => {
    expect(looksLikeIdentityNumber(text)).toBe(false);
  });
});
