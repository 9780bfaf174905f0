// The company file's tables, by area. Money is INTEGER minor units beside a currency; prices and rates are
// decimal TEXT. Immutability triggers, full-text indexes and seed data live in hand-written migrations.
export * from './settings';
export * from './ledger';
export * from './parties';
export * from './fulfilment';
export * from './receivables';
