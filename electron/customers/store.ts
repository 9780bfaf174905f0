// Customers: reading and writing the customer record with its contacts and addresses.
import type { Address, Customer, CustomerInput } from '../../shared/contract';
import type { z } from 'zod';
import type { customerInput } from '../../shared/contract/customers';
import { OrdoError, fieldError } from '../../shared/errors';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';

export type ParsedCustomer = z.output<typeof customerInput>;
export type { CustomerInput };

interface Row {
  id: number;
  number: string;
  name: string;
  email: string;
  phone: string;
  website: string;
  taxId: string;
  currency: string;
  paymentTermsId: number | null;
  creditLimit: number | null;
  creditStop: number;
  overdueToleranceDays: number;
  language: string;
  segment: string;
  tags: string;
  notes: string;
  shippingSameAsBilling: number;
  archived: number;
  createdAt: string;
  updatedAt: string;
  [key: string]: unknown;
}

const address = (r: Row, p: 'billing' | 'shipping'): Address => ({
  line1: r[`${p}Line1`] as string,
  line2: r[`${p}Line2`] as string,
  postalCode: r[`${p}PostalCode`] as string,
  city: r[`${p}City`] as string,
  region: r[`${p}Region`] as string,
  country: r[`${p}Country`] as string,
});

const addressColumns = (p: 'billing' | 'shipping') =>
  `${p}_line1 AS ${p}Line1, ${p}_line2 AS ${p}Line2, ${p}_postal_code AS ${p}PostalCode, ${p}_city AS ${p}City,
   ${p}_region AS ${p}Region, ${p}_country AS ${p}Country`;

export function getCustomer(ctx: CompanyContext, id: number): Customer {
  const r = stmt(
    ctx.sqlite,
    `SELECT id, number, name, email, phone, website, tax_id AS taxId, currency, payment_terms_id AS paymentTermsId,
       credit_limit AS creditLimit, credit_stop AS creditStop, overdue_tolerance_days AS overdueToleranceDays, language, segment, tags, notes, shipping_same_as_billing AS shippingSameAsBilling,
       archived, created_at AS createdAt, updated_at AS updatedAt, ${addressColumns('billing')}, ${addressColumns('shipping')}
     FROM customers WHERE id = ?`,
  ).get(id) as Row | undefined;
  if (!r)
    throw new OrdoError('NOT_FOUND', 'That customer does not exist', {
      fields: [{ path: 'id', message: 'Unknown customer' }],
    });
  const contacts = stmt(
    ctx.sqlite,
    'SELECT id, name, email, phone, role, is_primary AS isPrimary FROM customer_contacts WHERE customer_id = ? ORDER BY position',
  ).all(id) as (Omit<Customer['contacts'][number], 'isPrimary'> & { isPrimary: number })[];
  return {
    id: r.id,
    number: r.number,
    name: r.name,
    email: r.email,
    phone: r.phone,
    website: r.website,
    taxId: r.taxId,
    currency: r.currency,
    paymentTermsId: r.paymentTermsId,
    creditLimit: r.creditLimit,
    creditStop: r.creditStop === 1,
    overdueToleranceDays: r.overdueToleranceDays,
    language: r.language,
    segment: r.segment,
    tags: JSON.parse(r.tags) as string[],
    notes: r.notes,
    billingAddress: address(r, 'billing'),
    shippingSameAsBilling: r.shippingSameAsBilling === 1,
    shippingAddress: address(r, 'shipping'),
    contacts: contacts.map((c) => ({ ...c, isPrimary: c.isPrimary === 1 })),
    archived: r.archived === 1,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function checkReferences(ctx: CompanyContext, c: ParsedCustomer, before?: Customer): void {
  if (c.paymentTermsId !== null && c.paymentTermsId !== before?.paymentTermsId) {
    const terms = ctx.sqlite
      .prepare('SELECT archived FROM payment_terms WHERE id = ?')
      .get(c.paymentTermsId) as { archived: number } | undefined;
    if (!terms)
      throw new OrdoError('NOT_FOUND', 'Those payment terms do not exist', {
        fields: [{ path: 'paymentTermsId', message: 'Unknown payment terms' }],
      });
    if (terms.archived) throw fieldError('paymentTermsId', 'These payment terms are archived; choose others');
  }
  if (before && c.currency !== before.currency) assertCurrencyFree(ctx, before);
}

/**
 * A customer's currency is the currency of its credit limit and of every document it has: once an order was
 * confirmed or anything was posted for it, changing it would mix currencies in its exposure and account.
 */
function assertCurrencyFree(ctx: CompanyContext, customer: Customer): void {
  const used =
    stmt(
      ctx.sqlite,
      "SELECT 1 FROM orders WHERE customer_id = ? AND is_confirmed = 1 AND kind = 'order' LIMIT 1",
    ).get(customer.id) ??
    stmt(ctx.sqlite, 'SELECT 1 FROM journal_lines WHERE customer_id = ? LIMIT 1').get(customer.id);
  if (used) {
    throw fieldError(
      'currency',
      `${customer.name} already has confirmed orders or postings in ${customer.currency}; create a new customer for the other currency`,
    );
  }
}

function values(c: ParsedCustomer) {
  const ship = c.shippingSameAsBilling ? c.billingAddress : c.shippingAddress;
  const tags = [...new Set(c.tags)];
  return {
    name: c.name,
    email: c.email,
    phone: c.phone,
    website: c.website,
    taxId: c.taxId,
    currency: c.currency,
    paymentTermsId: c.paymentTermsId,
    creditLimit: c.creditLimit,
    creditStop: c.creditStop ? 1 : 0,
    overdueToleranceDays: c.overdueToleranceDays,
    language: c.language,
    segment: c.segment,
    tags: JSON.stringify(tags),
    notes: c.notes,
    b1: c.billingAddress.line1,
    b2: c.billingAddress.line2,
    bp: c.billingAddress.postalCode,
    bc: c.billingAddress.city,
    br: c.billingAddress.region,
    bn: c.billingAddress.country,
    same: c.shippingSameAsBilling ? 1 : 0,
    s1: ship.line1,
    s2: ship.line2,
    sp: ship.postalCode,
    sc: ship.city,
    sr: ship.region,
    sn: ship.country,
  };
}

function writeContacts(ctx: CompanyContext, customerId: number, contacts: ParsedCustomer['contacts']): void {
  stmt(ctx.sqlite, 'DELETE FROM customer_contacts WHERE customer_id = ?').run(customerId);
  const insert = stmt(
    ctx.sqlite,
    'INSERT INTO customer_contacts (customer_id, position, name, email, phone, role, is_primary) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  contacts.forEach((c, i) =>
    insert.run(customerId, i, c.name, c.email, c.phone, c.role, c.isPrimary ? 1 : 0),
  );
}

/** Inserts without a transaction or audit row: the building block of create, the demo and bulk generation. */
export function insertCustomer(ctx: CompanyContext, c: ParsedCustomer): number {
  const next = (
    stmt(ctx.sqlite, 'SELECT coalesce(max(id), 0) + 1 AS n FROM customers').get() as { n: number }
  ).n;
  const now = ctx.nowIso();
  const id = Number(
    stmt(
      ctx.sqlite,
      `INSERT INTO customers (number, name, email, phone, website, tax_id, currency, payment_terms_id, credit_limit, credit_stop, overdue_tolerance_days, language,
         segment, tags, notes, billing_line1, billing_line2, billing_postal_code, billing_city, billing_region, billing_country,
         shipping_same_as_billing, shipping_line1, shipping_line2, shipping_postal_code, shipping_city, shipping_region,
         shipping_country, archived, created_at, updated_at)
       VALUES (@number, @name, @email, @phone, @website, @taxId, @currency, @paymentTermsId, @creditLimit, @creditStop, @overdueToleranceDays, @language, @segment,
         @tags, @notes, @b1, @b2, @bp, @bc, @br, @bn, @same, @s1, @s2, @sp, @sc, @sr, @sn, 0, @now, @now)`,
    ).run({ ...values(c), number: `C${String(next).padStart(5, '0')}`, now }).lastInsertRowid,
  );
  writeContacts(ctx, id, c.contacts);
  return id;
}

export function createCustomer(ctx: CompanyContext, input: ParsedCustomer): Customer {
  return ctx.tx(() => {
    checkReferences(ctx, input);
    const id = insertCustomer(ctx, input);
    const after = getCustomer(ctx, id);
    recordAudit(ctx, { action: 'customers.create', entity: 'customer', entityId: id, after });
    return after;
  });
}

export function updateCustomer(ctx: CompanyContext, id: number, input: ParsedCustomer): Customer {
  return ctx.tx(() => {
    const before = getCustomer(ctx, id);
    checkReferences(ctx, input, before);
    stmt(
      ctx.sqlite,
      `UPDATE customers SET name = @name, email = @email, phone = @phone, website = @website, tax_id = @taxId, currency = @currency,
         payment_terms_id = @paymentTermsId, credit_limit = @creditLimit, credit_stop = @creditStop,
         overdue_tolerance_days = @overdueToleranceDays, language = @language, segment = @segment, tags = @tags,
         notes = @notes, billing_line1 = @b1, billing_line2 = @b2, billing_postal_code = @bp, billing_city = @bc,
         billing_region = @br, billing_country = @bn, shipping_same_as_billing = @same, shipping_line1 = @s1,
         shipping_line2 = @s2, shipping_postal_code = @sp, shipping_city = @sc, shipping_region = @sr, shipping_country = @sn,
         updated_at = @now WHERE id = @id`,
    ).run({ ...values(input), now: ctx.nowIso(), id });
    writeContacts(ctx, id, input.contacts);
    const after = getCustomer(ctx, id);
    recordAudit(ctx, { action: 'customers.update', entity: 'customer', entityId: id, before, after });
    return after;
  });
}

/** A customer is never deleted: once referenced by documents it must stay; archiving hides it from new work. */
export function archiveCustomer(ctx: CompanyContext, id: number, archived: boolean): Customer {
  return ctx.tx(() => {
    const before = getCustomer(ctx, id);
    stmt(ctx.sqlite, 'UPDATE customers SET archived = ?, updated_at = ? WHERE id = ?').run(
      archived ? 1 : 0,
      ctx.nowIso(),
      id,
    );
    const after = getCustomer(ctx, id);
    recordAudit(ctx, {
      action: archived ? 'customers.archive' : 'customers.restore',
      entity: 'customer',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
