import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, isMethodName, mergeContracts, method, methodNames } from '../../../shared/contract';
import { mergeHandlers } from '../../../electron/services';

describe('the contract', () => {
  it('names every method <area>.<verb>', () => {
    for (const name of methodNames) expect(name).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
  });

  it('has the methods the issues fix by name', () => {
    for (const name of [
      'customers.create',
      'customers.list',
      'settings.update',
      'ledger.trialBalance',
      'audit.verify',
    ]) {
      expect(isMethodName(name)).toBe(true);
    }
    expect(isMethodName('constructor')).toBe(false);
    expect(isMethodName('__proto__')).toBe(false);
  });

  it('refuses a method defined twice', () => {
    const a = { 'x.get': method(z.object({})).returns<number>() };
    expect(() => mergeContracts(a, { ...a })).toThrow('Contract method defined twice: x.get');
    expect(() => mergeHandlers({ 'x.get': () => 1 }, { 'x.get': () => 2 })).toThrow(
      'Handler defined twice: x.get',
    );
  });

  it('gives every method an input schema that rejects garbage', () => {
    for (const name of methodNames) {
      const schema = contract[name].input;
      expect(schema.safeParse('not an object').success, name).toBe(false);
    }
  });
});
