// Hostile and malformed input for every contract method: typed errors (never INTERNAL) and an unchanged file.
// The cases are derived from each method's zod schema (so a new method or field is covered automatically),
// from field names with known formats (dates, currencies, decimals…) and from a table of domain cases.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames, type CallResult, type MethodName } from '../../shared/contract';
import type { ErrorCode } from '../../shared/errors';
import { countRows, logicalFingerprint, sha256File } from '../helpers/companyFiles';
import {
  buildSampleWorld,
  dispatchSafely,
  methodKinds,
  sampleInputs,
  type SampleWorld,
} from '../helpers/contractSamples';
import {
  HUGE_TEXT,
  pathCovers,
  schemaFields,
  withValueAt,
  wrongValuesFor,
  type SchemaField,
} from '../helpers/hostileInputs';
import { jpegBytes, noiseBytes, tinyPng } from '../helpers/images';
import { makeCompany, type TestServices } from '../helpers/services';

type Expect =
  /** A typed error with this code; when `path` is given, a field issue at (or above) that path. */
  | { code: ErrorCode; path?: string }
  /** Read methods may answer (e.g. an empty list); changing methods must refuse with NOT_FOUND. */
  | { unknownId: string }
  /** Valid but hostile-looking input to a read method: it answers and nothing changes. */
  | { ok: true };

interface Case {
  label: string;
  input: unknown;
  expect: Expect;
}

const badDates = [
  '2026-02-30',
  '2026-13-01',
  '2026-1-1',
  '26-01-01',
  '2026-01-01T00:00:00Z',
  "2026-01-01'; --",
  '',
];
const badDecimals = [
  '1e30',
  'NaN',
  '-1',
  'Infinity',
  '1,5',
  '0x10',
  '',
  '1 2',
  '1.1234567',
  '99999999999999999',
];
const sqlText = "'; DROP TABLE customers; --";
const htmlText = '<script>alert(1)</script>';

/** Text fields whose format the contract checks, by field name: each value must be refused. */
const invalidTextByField: Record<string, string[]> = {
  date: badDates,
  asOf: badDates,
  from: badDates,
  to: badDates,
  currency: ['XYZ', 'EURO', '€', '12', ''],
  baseCurrency: ['XYZ', 'EURO', '€', ''],
  locale: ['xx-!!', 'not a locale', '123'],
  country: ['Germany', 'D1', '<b>'],
  email: ['not-an-email', 'a@b', 'x@<script>.io', 'two@@example.com'],
  price: badDecimals,
  ratePercent: [...badDecimals, '100.5', '101', '12.34567'],
  discountPercent: ['0', '-1', 'NaN', '100.5', '1e2'],
  code: ['a b', '1234567890123', '<b>', ''],
  sku: ['has space', '', ' '],
  barcode: [htmlText, 'a;b', "1'--"],
  pattern: ['INV-{YYYY}', '{###}-{###}', 'X-{Q}-{###}', 'A<{###}>', '{##########}'],
  path: ['company.txt', '   ', 'x.ordo.bak'],
  name: ['', '   '],
  query: ['', '   '],
};

const badQuantities = [...badDecimals, '0', '1.12345'];

/**
 * Where a field name means something else in one method: the texts that method must refuse instead
 * (a scanned code is free text; an order line's discount may be 0 %).
 */
const invalidTextOverrides: Partial<Record<MethodName, Record<string, string[]>>> = {
  'shipments.scan': { code: [] },
  'orders.create': { discountPercent: ['-1', 'NaN', '100.5', '1e2'], quantity: badQuantities },
  'orders.update': { discountPercent: ['-1', 'NaN', '100.5', '1e2'], quantity: badQuantities },
  'orders.preview': { discountPercent: ['-1', 'NaN', '100.5', '1e2'], quantity: badQuantities },
  // An invoice line's discount (and the document discount) may be 0 %, as on orders.
  'invoices.create': { discountPercent: ['-1', 'NaN', '100.5', '1e2'], quantity: badQuantities },
  'invoices.update': { discountPercent: ['-1', 'NaN', '100.5', '1e2'], quantity: badQuantities },
  'invoices.preview': { discountPercent: ['-1', 'NaN', '100.5', '1e2'], quantity: badQuantities },
  'shipments.createFromOrder': { quantity: badQuantities },
  'shipments.updateLines': { quantity: badQuantities },
  // An adjustment is signed, so '-1' is a valid one; everything else malformed is refused.
  'stock.adjust': { quantity: [...badDecimals.filter((d) => d !== '-1'), '0', '1.12345'] },
};

const okSearches = [
  sqlText,
  htmlText,
  '"',
  '""a"',
  'NEAR(a b)',
  '*',
  'a*',
  'a\u0000b',
  'abc\u0000"def',
  '%_',
  '\\',
  '^',
  'ab',
];

/** Domain cases no schema can derive: each method's own refusals, and hostile but valid reads. */
function extraCases(
  w: SampleWorld,
  samples: ReturnType<typeof sampleInputs>,
): Partial<Record<MethodName, Case[]>> {
  const post = samples['ledger.postEntry'];
  const line = (accountId: number, debit: number, credit: number) => ({ accountId, debit, credit });
  const pngBase64 = tinyPng().toString('base64');
  const tooBig = Buffer.concat([tinyPng(), Buffer.alloc(1024 * 1024 + 10)]).toString('base64');
  const customer = samples['customers.create'];
  const searches = (field: string, base: object): Case[] =>
    okSearches.map((q) => ({
      label: `search ${JSON.stringify(q)}`,
      input: { ...base, [field]: q },
      expect: { ok: true },
    }));
  return {
    'search.global': searches('query', {}),
    'customers.list': searches('search', {}),
    'products.list': searches('search', {}),
    'audit.list': [
      { label: 'SQL as entity', input: { entity: sqlText }, expect: { ok: true } },
      { label: 'SQL as entity id', input: { entityId: '1 OR 1=1' }, expect: { ok: true } },
    ],
    'company.create': [
      {
        label: 'an existing file',
        input: { ...samples['company.create'], path: w.companyPath },
        expect: { code: 'CONFLICT', path: 'path' },
      },
      {
        label: 'a folder below a regular file',
        input: { ...samples['company.create'], path: join(w.dir, 'plain.txt', 'sub', 'x.ordo') },
        expect: { code: 'VALIDATION', path: 'path' },
      },
      {
        label: 'a NUL in the path',
        input: { ...samples['company.create'], path: join(w.dir, 'a\u0000b', 'x.ordo') },
        expect: { code: 'VALIDATION', path: 'path' },
      },
      {
        label: 'an unknown currency',
        input: { ...samples['company.create'], baseCurrency: 'ZZZ' },
        expect: { code: 'VALIDATION', path: 'baseCurrency' },
      },
    ],
    'company.open': [
      {
        label: 'a missing file',
        input: { path: join(w.dir, 'missing.ordo') },
        expect: { code: 'NOT_FOUND' },
      },
      {
        label: 'a folder',
        input: { path: join(w.dir, 'folder.ordo') },
        expect: { code: 'NOT_AN_ORDO_FILE' },
      },
      {
        label: 'a text file',
        input: { path: join(w.dir, 'notes.ordo') },
        expect: { code: 'NOT_AN_ORDO_FILE' },
      },
      {
        label: 'a NUL in the path',
        input: { path: join(w.dir, 'a\u0000b.ordo') },
        expect: { code: 'NOT_FOUND' },
      },
    ],
    'settings.update': [
      {
        label: 'a new base currency after posting',
        input: { baseCurrency: 'USD' },
        expect: { code: 'VALIDATION', path: 'baseCurrency' },
      },
    ],
    'settings.setLogo': [
      {
        label: 'JPEG bytes as a PNG',
        input: { image: { mimeType: 'image/png', dataBase64: jpegBytes().toString('base64') } },
        expect: { code: 'VALIDATION', path: 'image' },
      },
      {
        label: 'PNG bytes as a JPEG',
        input: { image: { mimeType: 'image/jpeg', dataBase64: pngBase64 } },
        expect: { code: 'VALIDATION', path: 'image' },
      },
      {
        label: 'random bytes',
        input: { image: { mimeType: 'image/png', dataBase64: noiseBytes(512).toString('base64') } },
        expect: { code: 'VALIDATION', path: 'image' },
      },
      {
        label: 'no bytes',
        input: { image: { mimeType: 'image/png', dataBase64: '' } },
        expect: { code: 'VALIDATION', path: 'image' },
      },
      {
        label: 'not base64',
        input: { image: { mimeType: 'image/png', dataBase64: '!!!' } },
        expect: { code: 'VALIDATION', path: 'image.dataBase64' },
      },
      {
        label: 'over 1 MB',
        input: { image: { mimeType: 'image/png', dataBase64: tooBig } },
        expect: { code: 'VALIDATION', path: 'image.dataBase64' },
      },
      {
        label: 'an SVG mime type',
        input: { image: { mimeType: 'image/svg+xml', dataBase64: pngBase64 } },
        expect: { code: 'VALIDATION', path: 'image.mimeType' },
      },
    ],
    'taxRates.create': [
      {
        label: 'a duplicate name',
        input: { ...samples['taxRates.create'], name: 'standard 23%' },
        expect: { code: 'VALIDATION', path: 'name' },
      },
    ],
    'taxRates.update': [
      {
        label: "another rate's name",
        input: { ...samples['taxRates.update'], name: 'Reduced 9%' },
        expect: { code: 'VALIDATION', path: 'name' },
      },
    ],
    'paymentTerms.create': [
      {
        label: 'a discount without days',
        input: { name: 'X', kind: 'net', days: 30, discountPercent: '2' },
        expect: { code: 'VALIDATION', path: 'discountDays' },
      },
      {
        label: 'discount days without a %',
        input: { name: 'X', kind: 'net', days: 30, discountDays: 10 },
        expect: { code: 'VALIDATION', path: 'discountPercent' },
      },
      {
        label: 'discount days past the due days',
        input: { name: 'X', kind: 'net', days: 10, discountPercent: '2', discountDays: 14 },
        expect: { code: 'VALIDATION', path: 'discountDays' },
      },
      {
        label: 'a duplicate name',
        input: { name: 'net 30', kind: 'net', days: 30 },
        expect: { code: 'VALIDATION', path: 'name' },
      },
    ],
    'paymentTerms.update': [
      {
        label: 'un-defaulting the default',
        input: { id: w.defaultTermsId, name: 'Net 30', kind: 'net', days: 30, isDefault: false },
        expect: { code: 'VALIDATION', path: 'isDefault' },
      },
    ],
    'paymentTerms.archive': [
      { label: 'archiving the default', input: { id: w.defaultTermsId }, expect: { code: 'CONFLICT' } },
    ],
    'numberSeries.update': [
      {
        label: 'next number 0',
        input: { key: 'invoice', nextNumber: 0 },
        expect: { code: 'VALIDATION', path: 'nextNumber' },
      },
      {
        label: 'a new next number after issuing',
        input: { key: 'journal', nextNumber: 50 },
        expect: { code: 'VALIDATION', path: 'nextNumber' },
      },
      {
        label: 'turning off the yearly reset after issuing',
        input: { key: 'journal', resetYearly: false },
        expect: { code: 'VALIDATION', path: 'resetYearly' },
      },
      {
        label: 'an unknown series',
        input: { key: 'payments', pattern: 'P-{###}' },
        expect: { code: 'VALIDATION', path: 'key' },
      },
    ],
    'accounts.create': [
      {
        label: 'an existing code',
        input: { code: '1200', name: 'Bank 2', type: 'asset' },
        expect: { code: 'VALIDATION', path: 'code' },
      },
    ],
    'accounts.update': [
      {
        label: "another account's code",
        input: { id: w.accountId, code: '1200', name: 'Office' },
        expect: { code: 'VALIDATION', path: 'code' },
      },
    ],
    'accounts.archive': [
      { label: 'a system account', input: { id: w.bankId }, expect: { code: 'CONFLICT' } },
    ],
    'ledger.postEntry': [
      {
        label: 'unbalanced lines',
        input: { ...post, lines: [line(w.bankId, 100, 0), line(w.equityId, 0, 99)] },
        expect: { code: 'UNBALANCED' },
      },
      {
        label: 'a debit and a credit on one line',
        input: { ...post, lines: [line(w.bankId, 100, 100), line(w.equityId, 0, 0)] },
        expect: { code: 'VALIDATION', path: 'lines.0.debit' },
      },
      {
        label: 'a zero line',
        input: { ...post, lines: [line(w.bankId, 100, 0), line(w.equityId, 0, 100), line(w.equityId, 0, 0)] },
        expect: { code: 'VALIDATION', path: 'lines.2.debit' },
      },
      {
        label: 'a single line',
        input: { ...post, lines: [line(w.bankId, 100, 0)] },
        expect: { code: 'VALIDATION', path: 'lines' },
      },
      { label: 'no lines', input: { ...post, lines: [] }, expect: { code: 'VALIDATION', path: 'lines' } },
      {
        label: '501 lines',
        input: {
          ...post,
          lines: Array.from({ length: 501 }, (_, i) => line(w.bankId, i === 0 ? 500 : 0, i === 0 ? 0 : 1)),
        },
        expect: { code: 'VALIDATION', path: 'lines' },
      },
      {
        label: 'the receivables control account',
        input: { ...post, lines: [line(w.bankId, 100, 0), line(w.arId, 0, 100)] },
        expect: { code: 'VALIDATION', path: 'lines.1.accountId' },
      },
      {
        label: 'debits summing past 2^53',
        input: {
          ...post,
          lines: [
            line(w.bankId, Number.MAX_SAFE_INTEGER, 0),
            line(w.bankId, Number.MAX_SAFE_INTEGER, 0),
            line(w.equityId, 0, 1),
          ],
        },
        expect: { code: 'UNBALANCED' },
      },
    ],
    'customers.create': [
      {
        label: 'two primary contacts',
        input: {
          ...customer,
          contacts: [
            { name: 'A', isPrimary: true },
            { name: 'B', isPrimary: true },
          ],
        },
        expect: { code: 'VALIDATION', path: 'contacts' },
      },
      {
        label: '21 tags',
        input: { ...customer, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) },
        expect: { code: 'VALIDATION', path: 'tags' },
      },
      {
        label: '51 contacts',
        input: { ...customer, contacts: Array.from({ length: 51 }, (_, i) => ({ name: `C${i}` })) },
        expect: { code: 'VALIDATION', path: 'contacts' },
      },
      {
        label: 'an empty tag',
        input: { ...customer, tags: ['  '] },
        expect: { code: 'VALIDATION', path: 'tags.0' },
      },
      {
        label: 'an unknown language',
        input: { ...customer, language: 'xx' },
        expect: { code: 'VALIDATION', path: 'language' },
      },
    ],
    'customers.update': [
      {
        label: 'two primary contacts',
        input: {
          id: w.customerId,
          customer: {
            ...customer,
            contacts: [
              { name: 'A', isPrimary: true },
              { name: 'B', isPrimary: true },
            ],
          },
        },
        expect: { code: 'VALIDATION', path: 'customer.contacts' },
      },
    ],
    'products.create': [
      {
        label: 'an existing SKU in other case',
        input: { ...samples['products.create'], sku: 'sku-1' },
        expect: { code: 'CONFLICT', path: 'sku' },
      },
      {
        label: 'an existing barcode',
        input: { ...samples['products.create'], barcode: '5901234123457' },
        expect: { code: 'CONFLICT', path: 'barcode' },
      },
    ],
    'products.update': [
      {
        label: "another product's SKU",
        input: { id: w.productId, product: { ...samples['products.create'], sku: 'SKU-2', barcode: '' } },
        expect: { code: 'CONFLICT', path: 'product.sku' },
      },
    ],
    ...orderCases(w, samples),
  };
}

/** The refusals of orders, credit, stock, shipments and profiles, each a typed error that changes nothing. */
function orderCases(
  w: SampleWorld,
  samples: ReturnType<typeof sampleInputs>,
): Partial<Record<MethodName, Case[]>> {
  const order = samples['orders.create'];
  const line = order.lines[0]!;
  const withLine = (patch: object) => ({ ...order, lines: [{ ...line, ...patch }] });
  const confirmedEdit = (quantity: string) => ({
    id: w.shipOrderId,
    order: { ...order, lines: [{ id: w.shipLineId, productId: w.productId, quantity }] },
  });
  return {
    'orders.create': [
      {
        label: 'a price of -1',
        input: withLine({ unitPrice: '-1' }),
        expect: { code: 'VALIDATION', path: 'lines.0.unitPrice' },
      },
      {
        label: 'a quantity of 1e30',
        input: withLine({ quantity: '1e30' }),
        expect: { code: 'VALIDATION', path: 'lines.0.quantity' },
      },
      {
        label: 'a quantity of 0',
        input: withLine({ quantity: '0' }),
        expect: { code: 'VALIDATION', path: 'lines.0.quantity' },
      },
      {
        label: 'an unknown product',
        input: withLine({ productId: 999_999 }),
        expect: { code: 'NOT_FOUND', path: 'lines.0.productId' },
      },
      {
        label: 'an unknown tax rate',
        input: withLine({ taxRateId: 999_999 }),
        expect: { code: 'NOT_FOUND', path: 'lines.0.taxRateId' },
      },
      {
        label: 'a product line without product',
        input: withLine({ productId: null }),
        expect: { code: 'VALIDATION', path: 'lines.0.productId' },
      },
      {
        label: 'a discount % and an amount',
        input: withLine({ discountAmount: 100 }),
        expect: { code: 'VALIDATION', path: 'lines.0.discountAmount' },
      },
      {
        label: 'a discount above the line amount',
        input: withLine({ discountPercent: null, discountAmount: 1_000_000 }),
        expect: { code: 'VALIDATION', path: 'lines.0.discountAmount' },
      },
      {
        label: 'a fee without kind',
        input: { ...order, lines: [{ kind: 'fee', description: 'Fee', quantity: '1', unitPrice: '1' }] },
        expect: { code: 'VALIDATION', path: 'lines.0.feeKind' },
      },
      {
        label: 'a text line without price',
        input: { ...order, lines: [{ kind: 'text', description: 'Work', quantity: '1' }] },
        expect: { code: 'VALIDATION', path: 'lines.0.unitPrice' },
      },
      {
        label: 'an amount too large to total',
        input: withLine({ quantity: '999999999', unitPrice: '999999999' }),
        expect: { code: 'VALIDATION' },
      },
    ],
    'orders.update': [
      {
        label: 'a quantity below what was shipped',
        input: confirmedEdit('0.5'),
        expect: { code: 'VALIDATION', path: 'order.lines.0.quantity' },
      },
      {
        label: 'another customer on a confirmed order',
        input: {
          ...confirmedEdit('10'),
          order: { ...confirmedEdit('10').order, customerId: w.spareCustomerId },
        },
        expect: { code: 'VALIDATION', path: 'order.customerId' },
      },
      {
        label: 'a line of another order',
        input: {
          ...confirmedEdit('10'),
          order: { ...order, lines: [{ id: 999_999, productId: w.productId, quantity: '1' }] },
        },
        expect: { code: 'NOT_FOUND', path: 'order.lines.0.id' },
      },
      {
        label: 'an order turned into a quote',
        input: { id: w.draftId, order: { ...order, kind: 'quote' } },
        expect: { code: 'VALIDATION', path: 'order.kind' },
      },
      {
        label: 'a price of -1',
        input: { id: w.draftId, order: withLine({ unitPrice: '-1' }) },
        expect: { code: 'VALIDATION', path: 'order.lines.0.unitPrice' },
      },
    ],
    'orders.confirm': [
      { label: 'a confirmed order', input: { id: w.confirmedId }, expect: { code: 'CONFLICT' } },
      { label: 'a quote', input: { id: w.quoteId }, expect: { code: 'CONFLICT' } },
    ],
    'orders.convertQuote': [{ label: 'an order', input: { id: w.draftId }, expect: { code: 'CONFLICT' } }],
    'orders.cancel': [
      {
        label: 'a line of another order',
        input: { id: w.confirmedId, lineIds: [w.shipLineId] },
        expect: { code: 'VALIDATION', path: 'lineIds.0' },
      },
    ],
    'credit.approve': [
      {
        label: 'an order not on hold',
        input: { orderId: w.confirmedId, reason: 'x' },
        expect: { code: 'CONFLICT' },
      },
      { label: 'a draft', input: { orderId: w.draftId, reason: 'x' }, expect: { code: 'CONFLICT' } },
      {
        label: 'no reason',
        input: { orderId: w.heldId, reason: '  ' },
        expect: { code: 'VALIDATION', path: 'reason' },
      },
    ],
    'credit.reject': [
      {
        label: 'an order not on hold',
        input: { orderId: w.shipOrderId, reason: 'x' },
        expect: { code: 'CONFLICT' },
      },
    ],
    'stock.adjust': [
      {
        label: 'an adjustment without reason',
        input: { ...samples['stock.adjust'], reason: '' },
        expect: { code: 'VALIDATION', path: 'reason' },
      },
      {
        label: 'a receipt of -1',
        input: { ...samples['stock.adjust'], kind: 'receipt', quantity: '-1' },
        expect: { code: 'VALIDATION', path: 'quantity' },
      },
      {
        label: 'a negative count',
        input: { ...samples['stock.adjust'], kind: 'count', quantity: '-1' },
        expect: { code: 'VALIDATION', path: 'quantity' },
      },
      {
        label: 'more out than on hand',
        input: { ...samples['stock.adjust'], quantity: '-1000' },
        expect: { code: 'INSUFFICIENT_STOCK', path: 'quantity' },
      },
      {
        label: 'a quantity of 1e30',
        input: { ...samples['stock.adjust'], quantity: '1e30' },
        expect: { code: 'VALIDATION', path: 'quantity' },
      },
    ],
    'shipments.createFromOrder': [
      {
        label: 'more than remains',
        input: { orderId: w.shipOrderId, lines: [{ orderLineId: w.shipLineId, quantity: '6' }] },
        expect: { code: 'VALIDATION', path: 'lines.0.quantity' },
      },
      { label: 'an order on credit hold', input: { orderId: w.heldId }, expect: { code: 'CONFLICT' } },
      { label: 'a draft', input: { orderId: w.draftId }, expect: { code: 'VALIDATION', path: 'orderId' } },
      { label: 'a quote', input: { orderId: w.quoteId }, expect: { code: 'VALIDATION', path: 'orderId' } },
      {
        label: 'a line of another order',
        input: { orderId: w.confirmedId, lines: [{ orderLineId: w.shipLineId, quantity: '1' }] },
        expect: { code: 'NOT_FOUND', path: 'lines.0.orderLineId' },
      },
      {
        label: 'the same line twice',
        input: {
          orderId: w.shipOrderId,
          lines: [
            { orderLineId: w.shipLineId, quantity: '1' },
            { orderLineId: w.shipLineId, quantity: '1' },
          ],
        },
        expect: { code: 'VALIDATION', path: 'lines.1.orderLineId' },
      },
    ],
    'shipments.updateLines': [
      {
        label: 'more than remains',
        input: { id: w.openShipmentId, lines: [{ orderLineId: w.shipLineId, quantity: '8' }] },
        expect: { code: 'VALIDATION', path: 'lines.0.quantity' },
      },
      {
        label: 'a shipped shipment',
        input: { id: w.shippedShipmentId, lines: [{ orderLineId: w.shipLineId, quantity: '1' }] },
        expect: { code: 'CONFLICT' },
      },
    ],
    'shipments.scan': [
      {
        label: 'a shipped shipment',
        input: { id: w.shippedShipmentId, code: 'SKU-1' },
        expect: { code: 'CONFLICT' },
      },
      {
        label: 'an unknown code',
        input: { id: w.openShipmentId, code: "'; DROP TABLE products; --" },
        expect: { ok: true },
      },
      {
        label: 'a product not in the shipment',
        input: { id: w.openShipmentId, code: 'SKU-2' },
        expect: { ok: true },
      },
    ],
    'shipments.setPacked': [
      {
        label: 'more than the line',
        input: { ...samples['shipments.setPacked'], packed: '3' },
        expect: { code: 'VALIDATION', path: 'packed' },
      },
      {
        label: 'a line of another shipment',
        input: { ...samples['shipments.setPacked'], id: w.packedShipmentId },
        expect: { code: 'NOT_FOUND', path: 'lineId' },
      },
    ],
    'shipments.ship': [
      {
        label: 'an unpacked shipment',
        input: { id: w.openShipmentId, shipDate: '2026-03-15' },
        expect: { code: 'CONFLICT' },
      },
      {
        label: 'a shipped shipment',
        input: { id: w.shippedShipmentId, shipDate: '2026-03-15' },
        expect: { code: 'CONFLICT' },
      },
      {
        label: '0 parcels',
        input: { ...samples['shipments.ship'], parcels: 0 },
        expect: { code: 'VALIDATION', path: 'parcels' },
      },
    ],
    'shipments.markDelivered': [
      {
        label: 'before the ship date',
        input: { id: w.shippedShipmentId, date: '2026-03-13' },
        expect: { code: 'VALIDATION', path: 'date' },
      },
      {
        label: 'an open shipment',
        input: { id: w.openShipmentId, date: '2026-03-15' },
        expect: { code: 'CONFLICT' },
      },
    ],
    'shipments.cancel': [
      { label: 'a shipped shipment', input: { id: w.shippedShipmentId }, expect: { code: 'CONFLICT' } },
    ],
    'users.create': [
      {
        label: 'a name in use',
        input: { name: 'sam sales', roles: ['sales'] },
        expect: { code: 'VALIDATION', path: 'name' },
      },
      {
        label: 'no role',
        input: { name: 'Nobody', roles: [] },
        expect: { code: 'VALIDATION', path: 'roles' },
      },
      {
        label: 'a role twice',
        input: { name: 'Twice', roles: ['sales', 'sales'] },
        expect: { code: 'VALIDATION', path: 'roles' },
      },
      {
        label: 'an unknown role',
        input: { name: 'Boss', roles: ['admin'] },
        expect: { code: 'VALIDATION', path: 'roles.0' },
      },
      {
        label: 'a PIN of 3 digits',
        input: { name: 'Short', roles: ['sales'], pin: '123' },
        expect: { code: 'VALIDATION', path: 'pin' },
      },
      {
        label: 'a PIN with letters',
        input: { name: 'Letters', roles: ['sales'], pin: '12ab' },
        expect: { code: 'VALIDATION', path: 'pin' },
      },
    ],
    'users.update': [
      {
        label: 'the last owner losing the role',
        input: { id: w.ownerId, name: 'Olga Owner', roles: ['sales'] },
        expect: { code: 'VALIDATION', path: 'roles' },
      },
      {
        label: "another profile's name",
        input: { ...samples['users.update'], name: 'Olga Owner' },
        expect: { code: 'VALIDATION', path: 'name' },
      },
    ],
    'users.archive': [
      { label: 'the acting profile', input: { id: w.ownerId }, expect: { code: 'CONFLICT' } },
    ],
  };
}

function casesFor(method: MethodName, w: SampleWorld, samples: ReturnType<typeof sampleInputs>): Case[] {
  const base = samples[method];
  const cases: Case[] = [null, 42, 'text', [], true, HUGE_TEXT].map((value) => ({
    label: `the whole input as ${JSON.stringify(value).slice(0, 12)}`,
    input: value,
    expect: { code: 'VALIDATION' },
  }));
  const fields: SchemaField[] = schemaFields(contract[method].input, base);
  for (const field of fields) {
    for (const { label, value } of wrongValuesFor(field)) {
      cases.push({
        label: `${field.path} as ${label}`,
        input: withValueAt(base, field.segments, value),
        expect: { code: 'VALIDATION', path: field.path },
      });
    }
    const name = String(field.segments[field.segments.length - 1]);
    if (field.kind === 'string') {
      const invalidTexts = { ...invalidTextByField, ...invalidTextOverrides[method] };
      for (const text of invalidTexts[name] ?? []) {
        cases.push({
          label: `${field.path} as ${JSON.stringify(text)}`,
          input: withValueAt(base, field.segments, text),
          expect: { code: 'VALIDATION', path: field.path },
        });
      }
    }
    if (field.kind === 'number' && (name === 'id' || name.endsWith('Id'))) {
      cases.push({
        label: `${field.path} unknown`,
        input: withValueAt(base, field.segments, 999_999),
        expect: { unknownId: field.path },
      });
    }
  }
  return [...cases, ...(extraCases(w, samples)[method] ?? [])];
}

/** Why a result does not meet its expectation, or null when it does. */
function mismatch(method: MethodName, result: CallResult, expected: Expect): string | null {
  if (!result.ok && result.error.code === 'INTERNAL') return `INTERNAL: ${result.error.message}`;
  if ('ok' in expected)
    return result.ok ? null : `expected an answer, got ${result.error.code}: ${result.error.message}`;
  if ('unknownId' in expected) {
    if (result.ok) return methodKinds[method].kind === 'read' ? null : 'an unknown id was accepted';
    if (result.error.code !== 'NOT_FOUND')
      return `expected NOT_FOUND, got ${result.error.code}: ${result.error.message}`;
    const fields = result.error.details.fields ?? [];
    if (fields.length > 0 && !fields.some((f) => pathCovers(f.path, expected.unknownId))) {
      return `NOT_FOUND names ${fields.map((f) => f.path).join(', ')} instead of ${expected.unknownId}`;
    }
    return null;
  }
  if (result.ok) return `expected ${expected.code}, but the call succeeded`;
  if (result.error.code !== expected.code)
    return `expected ${expected.code}, got ${result.error.code}: ${result.error.message}`;
  const fields = result.error.details.fields ?? [];
  if (expected.code === 'VALIDATION' && fields.length === 0) return 'VALIDATION without field issues';
  if (expected.path !== undefined && !fields.some((f) => pathCovers(f.path, expected.path!))) {
    return `field issues at ${JSON.stringify(fields.map((f) => f.path))}, expected ${expected.path}`;
  }
  return null;
}

describe('malformed and hostile input to every contract method', () => {
  let s: TestServices;
  let world: SampleWorld;
  let samples: ReturnType<typeof sampleInputs>;
  const sqlite = () => s.session.require().sqlite;
  const fileBytes = () => {
    sqlite().pragma('wal_checkpoint(TRUNCATE)');
    return sha256File(world.companyPath);
  };

  beforeAll(async () => {
    s = await makeCompany();
    world = await buildSampleWorld(s);
    samples = sampleInputs(world);
    writeFileSync(join(s.dir, 'plain.txt'), 'not a folder');
    writeFileSync(join(s.dir, 'notes.ordo'), 'shopping list');
    mkdirSync(join(s.dir, 'folder.ordo'));
  });
  afterAll(() => s?.dispose());

  it('covers every method of the contract with a sample input', () => {
    expect(Object.keys(samples).sort()).toEqual([...methodNames].sort());
    for (const method of methodNames)
      expect(contract[method].input.safeParse(samples[method]).success, method).toBe(true);
  });

  it.each(methodNames)('%s refuses malformed input with typed errors and changes nothing', async (method) => {
    const cases = casesFor(method, world, samples);
    const before = logicalFingerprint(sqlite());
    const bytesBefore = fileBytes();
    const problems: string[] = [];
    for (const c of cases) {
      const result = await dispatchSafely(s, method, c.input);
      const problem = mismatch(method, result, c.expect);
      if (problem) problems.push(`${c.label}: ${problem}`);
      if (logicalFingerprint(sqlite()) !== before) {
        problems.push(`${c.label}: the company file changed`);
        break;
      }
    }
    expect(problems).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(6);
    expect(fileBytes()).toBe(bytesBefore);
    const current = await s.call('company.current', {});
    expect(current.open && current.company.path).toBe(world.companyPath);
  });
});

describe('SQL and HTML in text fields are plain data', () => {
  let s: TestServices;
  afterAll(() => s?.dispose());

  it('stores hostile-looking names verbatim, finds them, and keeps every table', async () => {
    s = await makeCompany();
    const tables = () =>
      (
        s.session
          .require()
          .sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
          .all() as { name: string }[]
      ).map((t) => t.name);
    const tablesBefore = tables();
    const customer = await s.call('customers.create', {
      name: sqlText,
      currency: 'EUR',
      notes: htmlText,
      contacts: [{ name: htmlText, role: "Robert'); DROP TABLE customer_contacts;--" }],
    });
    const product = await s.call('products.create', {
      sku: "SKU-'--",
      name: htmlText,
      description: sqlText,
      price: '1',
    });
    const account = await s.call('accounts.create', {
      code: '6300',
      name: `${htmlText}${sqlText}`,
      type: 'expense',
    });
    const rate = await s.call('taxRates.create', { name: sqlText, ratePercent: '5', category: 'reduced' });
    const terms = await s.call('paymentTerms.create', { name: htmlText, kind: 'net', days: 5 });
    const settings = await s.call('settings.update', { name: htmlText, city: sqlText });
    const accounts = await s.call('accounts.list', {});
    const entry = await s.call('ledger.postEntry', {
      date: '2026-03-01',
      description: sqlText,
      lines: [
        { accountId: accounts.find((a) => a.role === 'bank')!.id, debit: 100, description: htmlText },
        { accountId: accounts.find((a) => a.role === 'equity')!.id, credit: 100 },
      ],
    });

    expect(tables()).toEqual(tablesBefore);
    const stored = await s.call('customers.get', { id: customer.id });
    expect([stored.name, stored.notes, stored.contacts[0]!.name, stored.contacts[0]!.role]).toEqual([
      sqlText,
      htmlText,
      htmlText,
      "Robert'); DROP TABLE customer_contacts;--",
    ]);
    expect((await s.call('products.get', { id: product.id })).name).toBe(htmlText);
    expect((await s.call('products.get', { id: product.id })).description).toBe(sqlText);
    expect((await s.call('accounts.list', {})).find((a) => a.id === account.id)!.name).toBe(
      `${htmlText}${sqlText}`,
    );
    expect((await s.call('taxRates.list', {})).find((r) => r.id === rate.id)!.name).toBe(sqlText);
    expect((await s.call('paymentTerms.list', {})).find((t) => t.id === terms.id)!.name).toBe(htmlText);
    expect([settings.name, settings.city]).toEqual([htmlText, sqlText]);
    const read = await s.call('ledger.getEntry', { id: entry.id });
    expect([read.description, read.lines[0]!.description]).toEqual([sqlText, htmlText]);

    expect((await s.call('customers.list', { search: sqlText })).rows.map((r) => r.id)).toEqual([
      customer.id,
    ]);
    expect((await s.call('customers.list', { search: "';" })).rows.map((r) => r.id)).toEqual([customer.id]);
    expect((await s.call('products.list', { search: '<script>' })).rows.map((r) => r.id)).toEqual([
      product.id,
    ]);
    expect((await s.call('search.global', { query: 'DROP TABLE' })).map((h) => [h.kind, h.id])).toEqual([
      ['customer', customer.id],
    ]);
    expect(countRows(s.session.require().sqlite, 'customers')).toBe(1);
    expect(countRows(s.session.require().sqlite, 'customer_contacts')).toBe(1);
    expect((await s.call('audit.verify', {})).ok).toBe(true);
  });
});
