import { afterEach, describe, expect, it } from 'vitest';
import { verifyReceivables } from '../../electron/invoicing/verify';
import { makeServices, type TestServices } from '../helpers/services';

let s: TestServices;
afterEach(() => s?.dispose());

/** Written independently of the demo's own helper, so a wrong check digit there cannot pass here. */
function hasValidEan13(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 12).reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 1 : 3), 0);
  return (sum + (digits[12] ?? -1)) % 10 === 0;
}

describe('the demo company', () => {
  it('opens a living company: customers in three currencies, a catalogue and balanced opening books', async () => {
    s = makeServices({ now: '2026-03-15T10:00:00Z' });
    const info = await s.call('company.openDemo', {});
    expect(info).toMatchObject({ name: 'Northwind Wholesale Ltd', baseCurrency: 'EUR', locale: 'en-IE' });
    expect(info.user?.name).toBe('Alex Owner');

    const settings = await s.call('settings.get', {});
    expect(settings).toMatchObject({ city: 'Dublin', country: 'IE', bankBic: 'AIBKIE2D' });
    expect(settings.bankIban).toMatch(/^IE\d{2}[A-Z]{4}\d{14}$/);
    expect(settings.taxId).not.toBe('');

    const all = await s.call('customers.list', { status: 'all', limit: 500 });
    expect(all.total).toBe(25);
    expect(new Set(all.rows.map((c) => c.currency))).toEqual(new Set(['EUR', 'GBP', 'USD']));
    expect(new Set(all.rows.map((c) => c.country))).toEqual(new Set(['IE', 'GB', 'DE', 'FR', 'NL', 'US']));
    expect(new Set(all.rows.map((c) => c.segment))).toEqual(
      new Set(['Retail', 'Hospitality', 'Wholesale', 'Online']),
    );
    expect(all.rows.filter((c) => c.archived)).toHaveLength(2);
    expect(all.rows.every((c) => c.taxId !== '' && c.email.endsWith('.example'))).toBe(true);
    const heron = await s.call('customers.list', { search: 'heron' });
    expect(heron.rows.map((c) => c.name)).toEqual(['The Hungry Heron Café']);
    const detail = await s.call('customers.get', { id: heron.rows[0]!.id });
    expect(detail.contacts.length).toBeGreaterThanOrEqual(1);
    expect(detail.contacts.filter((c) => c.isPrimary)).toHaveLength(1);

    const products = await s.call('products.list', { status: 'all', limit: 500 });
    expect(products.total).toBe(60);
    expect(products.rows.filter((p) => p.archived)).toHaveLength(2);
    const barcodes = products.rows.map((p) => p.barcode).filter((b) => b !== '');
    expect(barcodes.length).toBeGreaterThan(50);
    expect(barcodes.filter((b) => !hasValidEan13(b))).toEqual([]);
    expect(new Set(barcodes).size).toBe(barcodes.length);
    const services = products.rows.filter((p) => !p.isStockTracked);
    expect(services.map((p) => p.sku)).toContain('SRV-DELIVERY');
    expect(services.every((p) => p.barcode === '')).toBe(true);
    expect(new Set(products.rows.map((p) => p.taxRateName))).toEqual(
      new Set(['Standard 23%', 'Reduced 13.5%', 'Zero 0%']),
    );

    const terms = await s.call('paymentTerms.list', {});
    expect(terms.find((t) => t.name === 'Net 30, 2% within 10 days')).toMatchObject({
      discountPercent: '2',
      discountDays: 10,
    });

    const tb = await s.call('ledger.trialBalance', { asOf: '2026-03-15' });
    expect(tb.totalDebit).toBeGreaterThan(0);
    expect(tb.totalDebit).toBe(tb.totalCredit);
    const entries = await s.call('ledger.entries', { limit: 100 });
    // The opening balances, then 11 invoices, a credit note and 7 payments.
    expect(entries.rows.filter((e) => e.date === '2026-01-01')).toHaveLength(1);
    expect(entries.total).toBe(20);

    expect(await s.call('audit.verify', {})).toMatchObject({ ok: true });
    const demoAudit = await s.call('audit.list', { entity: 'company', limit: 50 });
    expect(demoAudit.rows.filter((r) => r.action === 'company.demo')).toHaveLength(1);
  });

  it('reopens the same file the second time instead of building another one', async () => {
    s = makeServices();
    const first = await s.call('company.openDemo', {});
    const before = await s.call('customers.list', { status: 'all' });
    await s.call('company.close', {});

    const second = await s.call('company.openDemo', {});
    expect(second.path).toBe(first.path);
    expect((await s.call('customers.list', { status: 'all' })).total).toBe(before.total);
    expect((await s.call('ledger.summary', {})).entries).toBe(20);
    expect((await s.call('audit.verify', {})).ok).toBe(true);
  });
});

describe('the demo company at work', () => {
  it('has stock, and orders in every state: shipped, partly shipped, to ship, on hold, draft and a quote', async () => {
    s = makeServices({ now: '2026-03-15T10:00:00Z' });
    await s.call('company.openDemo', {});
    const orders = await s.call('orders.list', { kind: 'order', limit: 50 });
    expect(orders.rows.map((o) => [o.customerName, o.status])).toEqual([
      ['Bistrot du Marché', 'draft'],
      ['Liffey Street Deli', 'on_hold'],
      ['Müller Feinkost GmbH', 'confirmed'],
      ['Galway Bay Hotel Group', 'partially_shipped'],
      ["Kavanagh's Fine Foods", 'closed'],
    ]);
    const quotes = await s.call('orders.list', { kind: 'quote' });
    expect(quotes.rows.map((q) => [q.customerName, q.status])).toEqual([['The Hungry Heron Café', 'quote']]);
    expect((await s.call('credit.queue', {})).map((h) => h.reasons)).toEqual([['Over the credit limit']]);
    const shipments = await s.call('shipments.list', { stage: 'all' });
    expect(shipments.rows.map((r) => r.status).sort()).toEqual(['delivered', 'shipped']);
    const levels = await s.call('stock.levels', { filter: 'negative' });
    expect(levels.total).toBe(0);
    expect((await s.call('stock.levels', {})).total).toBeGreaterThan(40);
    expect((await s.call('audit.verify', {})).ok).toBe(true);
  });

  it('has receivables in every state, and books that tie out', async () => {
    s = makeServices({ now: '2026-03-15T10:00:00Z' });
    await s.call('company.openDemo', {});
    const invoices = await s.call('invoices.list', { sort: 'number', dir: 'asc', limit: 50 });
    const statusOf = (name: string) =>
      invoices.rows.filter((r) => r.customerName === name).map((r) => r.status);
    expect(statusOf('Atlantic Provisions Ltd')).toEqual(['paid']);
    expect(statusOf('Dunmore Golf Club')).toEqual(['overdue']);
    expect(statusOf('The Hungry Heron Café')).toEqual(['overdue']);
    expect(statusOf('Van der Berg Groothandel B.V.')).toEqual(['paid']);
    expect(statusOf("Kavanagh's Fine Foods")).toEqual(['paid']);
    expect(statusOf('Galway Bay Hotel Group')).toEqual(['open']);
    expect(invoices.rows.filter((r) => r.isDisputed).map((r) => r.customerName)).toEqual([
      'Müller Feinkost GmbH',
    ]);
    const pantry = invoices.rows.find((r) => r.customerName === 'Pantry & Pour Inc.')!;
    expect(pantry).toMatchObject({ status: 'paid', currency: 'USD' });
    expect((await s.call('credits.list', { customerId: pantry.customerId })).total).toBe(5_000);
    expect(verifyReceivables(s.session.require())).toEqual([]);
  });
});
