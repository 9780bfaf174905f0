// The receivables of the benchmark company: 200k posted invoices and 180k payments over ~19k customers, with the
// big accounts the receivables benchmarks need — planned in memory (receivablesPlan.ts), then written as the
// services would have written them (receivablesRows.ts).
import type { PaymentTerm } from '../../shared/dates';
import type { CompanyContext } from '../../electron/context';
import { getCompanySettings } from '../../electron/settings/company';
import type { Random } from './generate';
import { findFocusCustomer, FOCUS_OPEN_ITEMS } from './orderData';
import { historyCustomerSql, loadCustomers, loadProducts } from './parties';
import {
  planReceivables,
  type PricingRules,
  type ReceivablesParties,
  type ReceivablesSizes,
} from './receivablesPlan';
import { writeReceivables, type ReceivablesSummary } from './receivablesRows';

export const RECEIVABLES_SIZES: ReceivablesSizes = {
  invoices: 200_000,
  payments: 180_000,
  focusOpenItems: FOCUS_OPEN_ITEMS,
  proposalOpenItems: 5_000,
  accountHistoryItems: 10_000,
};

/** The customers the proposal and account benchmarks work for: the two active EUR customers after the focus one. */
export function findReceivablesCustomers(ctx: CompanyContext): { proposal: number; account: number } {
  const rows = ctx.sqlite
    .prepare(
      "SELECT id FROM customers WHERE archived = 0 AND currency = 'EUR' AND id % 5 <> 1 ORDER BY id LIMIT 2 OFFSET 1",
    )
    .all() as { id: number }[];
  if (rows.length < 2) throw new Error('The bench file has no customers for the receivables benchmarks');
  return { proposal: rows[0]!.id, account: rows[1]!.id };
}

function loadParties(ctx: CompanyContext): ReceivablesParties {
  const one = (id: number) => loadCustomers(ctx, `id = ${id}`)[0]!;
  const { proposal, account } = findReceivablesCustomers(ctx);
  return {
    history: loadCustomers(ctx, historyCustomerSql),
    focus: one(findFocusCustomer(ctx)),
    proposal: one(proposal),
    account: one(account),
    products: loadProducts(ctx),
  };
}

function loadRules(ctx: CompanyContext): PricingRules {
  const settings = getCompanySettings(ctx);
  const terms = ctx.sqlite
    .prepare(
      `SELECT id, kind, days, discount_percent AS discountPercent, discount_days AS discountDays, is_default AS isDefault
       FROM payment_terms WHERE archived = 0`,
    )
    .all() as {
    id: number;
    kind: PaymentTerm['kind'];
    days: number;
    discountPercent: string | null;
    discountDays: number | null;
    isDefault: number;
  }[];
  return {
    baseCurrency: settings.baseCurrency,
    roundingMode: settings.roundingMode,
    taxRounding: settings.taxRounding,
    terms: new Map(
      terms.map((t) => [
        t.id,
        {
          kind: t.kind,
          days: t.days,
          ...(t.discountPercent !== null && t.discountDays !== null
            ? { discountPercent: t.discountPercent, discountDays: t.discountDays }
            : {}),
        },
      ]),
    ),
    defaultTermsId: terms.find((t) => t.isDefault === 1)?.id ?? null,
  };
}

/** Adds the invoices and payments to a file that already has customers and products. */
export function fillReceivables(
  ctx: CompanyContext,
  rand: Random,
  sizes: ReceivablesSizes = RECEIVABLES_SIZES,
): ReceivablesSummary {
  return writeReceivables(ctx, planReceivables(rand, sizes, loadParties(ctx), loadRules(ctx)));
}
