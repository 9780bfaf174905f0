// The demo company "Northwind Wholesale Ltd", a small food & kitchenware wholesaler: customers in three
// currencies, a catalogue, tax rates, payment terms and opening balances, so a new user sees a living app.
// All of it is fixed data (no randomness): every demo file is the same. E-mail addresses and websites use
// the reserved .example domain, so nothing the demo sends can reach a real business.
import { customerInput, type CustomerInput } from '../../shared/contract/customers';
import { productInput } from '../../shared/contract/products';
import { recordAudit } from '../audit/log';
import { insertProduct } from '../catalog/products';
import type { CompanyContext } from '../context';
import { buildDemoActivity } from './demoActivity';
import { buildDemoReceivables } from './demoReceivables';
import type { Address, DemoCustomer, TaxKey } from './demoData';
import {
  BARCODE_PREFIX,
  customers,
  descriptions,
  extraTerms,
  languageOf,
  products,
  profile,
  taxRates,
} from './demoData';
import { insertCustomer } from '../customers/store';
import { accountIdByRole } from '../ledger/accounts';
import { postEntry } from '../ledger/post';
import { updateCompanySettings } from '../settings/company';
import { createPaymentTerms } from '../settings/paymentTerms';
import { createTaxRate } from '../settings/taxRates';

export const DEMO_COMPANY = {
  fileName: 'Demo company.ordo',
  name: 'Northwind Wholesale Ltd',
  baseCurrency: 'EUR',
  locale: 'en-IE',
  ownerName: 'Alex Owner',
};

/** Appends the EAN-13 check digit: weights 1,3,1,3… from the left, up to the next multiple of 10. */
export function ean13(first12: string): string {
  const sum = [...first12].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return `${first12}${(10 - (sum % 10)) % 10}`;
}

/** "Niamh Ó Flaherty" at example.ie → niamh.oflaherty@example.ie */
function contactEmail(name: string, domain: string): string {
  const [first = '', ...rest] = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .split(' ');
  return `${first}.${rest.join('')}@${domain}`;
}

function address([line1, postalCode, city, region, country]: Address) {
  return { line1, line2: '', postalCode, city, region, country };
}

function customerRecord(c: DemoCustomer, termsId: (name: string) => number) {
  const domain = c.email.split('@')[1] ?? '';
  return customerInput.parse({
    name: c.name,
    email: c.email,
    phone: c.phone,
    website: `www.${domain}`,
    taxId: c.taxId,
    currency: c.currency,
    paymentTermsId: c.terms === null ? null : termsId(c.terms),
    creditLimit: c.creditLimit,
    language: languageOf[c.address[4]] ?? 'en',
    segment: c.segment,
    tags: c.tags,
    notes: c.notes ?? '',
    billingAddress: address(c.address),
    shippingSameAsBilling: c.shipTo === undefined,
    shippingAddress: address(c.shipTo ?? c.address),
    contacts: c.contacts.map(([name, role, phone = ''], i) => ({
      name,
      role,
      phone,
      email: contactEmail(name, domain),
      isPrimary: i === 0,
    })),
  } satisfies CustomerInput);
}

/** Fills a freshly seeded company file, inside the creation transaction (see CompanySession.openDemo). */
export function buildDemoCompany(ctx: CompanyContext): void {
  ctx.tx(() => {
    updateCompanySettings(ctx, profile);
    const rateId = Object.fromEntries(
      taxRates.map(({ key, ...r }) => [key, createTaxRate(ctx, r).id]),
    ) as Record<TaxKey, number>;
    for (const t of extraTerms) createPaymentTerms(ctx, t);

    const terms = new Map(
      (ctx.sqlite.prepare('SELECT id, name FROM payment_terms').all() as { id: number; name: string }[]).map(
        (t) => [t.name, t.id],
      ),
    );
    const termsId = (name: string): number => {
      const id = terms.get(name);
      if (id === undefined) throw new Error(`Demo data names unknown payment terms "${name}"`);
      return id;
    };
    const archiveCustomer = ctx.sqlite.prepare('UPDATE customers SET archived = 1 WHERE id = ?');
    for (const c of customers) {
      const id = insertCustomer(ctx, customerRecord(c, termsId));
      if (c.archived) archiveCustomer.run(id);
    }

    const archiveProduct = ctx.sqlite.prepare('UPDATE products SET archived = 1 WHERE id = ?');
    products.forEach(([sku, name, unit, price, tax, kind], i) => {
      const isService = kind === 'service';
      const barcode = isService ? '' : ean13(`${BARCODE_PREFIX}${String(i + 1).padStart(5, '0')}`);
      const p = productInput.parse({
        sku,
        name,
        description: descriptions[sku] ?? '',
        unit,
        price,
        taxRateId: rateId[tax],
        barcode,
        isStockTracked: !isService,
      });
      const id = insertProduct(ctx, p);
      if (kind === 'archived') archiveProduct.run(id);
    });

    const bank = 4_825_000;
    const cash = 75_000;
    const opening = postEntry(ctx, {
      date: `${ctx.clock.now().getUTCFullYear()}-01-01`,
      description: 'Opening balances',
      sourceType: 'opening_balance',
      lines: [
        { accountId: accountIdByRole(ctx, 'bank'), amount: bank, description: 'AIB current account' },
        { accountId: accountIdByRole(ctx, 'cash'), amount: cash, description: 'Cash float' },
        { accountId: accountIdByRole(ctx, 'equity'), amount: -(bank + cash), description: "Owner's capital" },
      ],
    });

    buildDemoActivity(ctx);
    buildDemoReceivables(ctx);

    recordAudit(ctx, {
      action: 'company.demo',
      entity: 'company',
      entityId: 1,
      after: {
        customers: customers.length,
        archivedCustomers: customers.filter((c) => c.archived).length,
        products: products.length,
        archivedProducts: products.filter((p) => p[5] === 'archived').length,
        taxRates: taxRates.map((r) => r.name),
        paymentTerms: extraTerms.map((t) => t.name),
        openingEntry: opening.number,
      },
    });
  });
}
