// Who the generated history is written for: the customers with a history, and the products they buy.
import type { CompanyContext } from '../../electron/context';

/** Customers with a ledger and order history: every fifth active customer (~19k in the bench file). */
export const historyCustomerSql = 'archived = 0 AND id % 5 = 1';

export interface Customer {
  id: number;
  name: string;
  currency: string;
  paymentTermsId: number | null;
  /** The billing address as a document stores it (JSON). */
  address: string;
}

export interface Product {
  id: number;
  name: string;
  unit: string;
  price: string;
  cents: number;
  taxRateId: number | null;
  taxPercent: string;
  /** Tax rate in tenths of a percent (23% = 230), for exact integer tax. */
  rate10: number;
  /** The tax-payable account of the product's rate. */
  taxAccountId: number | null;
}

type AddressField = 'line1' | 'line2' | 'postalCode' | 'city' | 'region' | 'country';

export function loadCustomers(ctx: CompanyContext, where: string): Customer[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT id, name, currency, payment_terms_id AS paymentTermsId, billing_line1 AS line1, billing_line2 AS line2,
         billing_postal_code AS postalCode, billing_city AS city, billing_region AS region, billing_country AS country
       FROM customers WHERE ${where} ORDER BY id`,
    )
    .all() as (Omit<Customer, 'address'> & Record<AddressField, string>)[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    currency: r.currency,
    paymentTermsId: r.paymentTermsId,
    address: JSON.stringify({
      line1: r.line1,
      line2: r.line2,
      postalCode: r.postalCode,
      city: r.city,
      region: r.region,
      country: r.country,
    }),
  }));
}

/** Active, stock-tracked products with their tax rate. */
export function loadProducts(ctx: CompanyContext): Product[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT p.id, p.name, p.unit, p.price, p.tax_rate_id AS taxRateId, coalesce(t.rate_percent, '0') AS taxPercent,
         t.account_id AS taxAccountId
       FROM products p LEFT JOIN tax_rates t ON t.id = p.tax_rate_id
       WHERE p.archived = 0 AND p.is_stock_tracked = 1 ORDER BY p.id`,
    )
    .all() as Omit<Product, 'cents' | 'rate10'>[];
  return rows.map((p) => ({
    ...p,
    cents: Math.round(Number(p.price) * 100),
    rate10: Math.round(Number(p.taxPercent) * 10),
  }));
}
