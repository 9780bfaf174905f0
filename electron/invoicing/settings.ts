// Receivables settings: write-off tolerance, tax correction on early-payment discounts, cash rounding steps.
import type { ReceivablesSettings } from '../../shared/contract';
import type { receivablesSettingsInput } from '../../shared/contract/payments';
import { fieldError } from '../../shared/errors';
import { canonicalDecimal, Dec, isCurrencyCode, minorUnits, toMinor } from '../../shared/money';
import type { z } from 'zod';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';

export function getReceivablesSettings(ctx: CompanyContext): ReceivablesSettings {
  const row = stmt(
    ctx.sqlite,
    `SELECT write_off_tolerance_amount AS amount, write_off_tolerance_percent AS percent,
       discount_tax_correction AS correct FROM receivables_settings WHERE id = 1`,
  ).get() as { amount: string; percent: string; correct: number };
  const cashRounding = stmt(
    ctx.sqlite,
    'SELECT currency, increment FROM cash_rounding ORDER BY currency',
  ).all() as { currency: string; increment: string }[];
  return {
    writeOffToleranceAmount: row.amount,
    writeOffTolerancePercent: row.percent,
    discountTaxCorrection: row.correct === 1,
    cashRounding,
  };
}

/** The tolerance amount in minor units of a currency (rounded down: a tolerance never grows by rounding). */
export function toleranceMinor(settings: ReceivablesSettings, currency: string): number {
  const scaled = new Dec(settings.writeOffToleranceAmount).times(new Dec(10).pow(minorUnits(currency)));
  return scaled.floor().toNumber();
}

/** The cash rounding step of a currency in minor units, or null when it has none. */
export function cashRoundingStep(ctx: CompanyContext, currency: string): number | null {
  const row = stmt(ctx.sqlite, 'SELECT increment FROM cash_rounding WHERE currency = ?').get(currency) as
    { increment: string } | undefined;
  if (!row) return null;
  return toMinor(row.increment, currency);
}

export function updateReceivablesSettings(
  ctx: CompanyContext,
  input: z.output<typeof receivablesSettingsInput>,
): ReceivablesSettings {
  return ctx.tx(() => {
    const before = getReceivablesSettings(ctx);
    const seen = new Set<string>();
    input.cashRounding.forEach((r, i) => {
      if (!isCurrencyCode(r.currency)) {
        throw fieldError(`cashRounding.${i}.currency`, `${r.currency} is not an ISO 4217 currency`);
      }
      if (seen.has(r.currency))
        throw fieldError(`cashRounding.${i}.currency`, `${r.currency} is listed twice`);
      seen.add(r.currency);
      const step = new Dec(r.increment).times(new Dec(10).pow(minorUnits(r.currency)));
      if (!step.isInteger()) {
        throw fieldError(
          `cashRounding.${i}.increment`,
          `${r.currency} has ${minorUnits(r.currency)} decimals; the step must be a whole number of them`,
        );
      }
    });
    stmt(
      ctx.sqlite,
      `UPDATE receivables_settings SET write_off_tolerance_amount = ?, write_off_tolerance_percent = ?,
         discount_tax_correction = ?, updated_at = ? WHERE id = 1`,
    ).run(
      canonicalDecimal(input.writeOffToleranceAmount),
      canonicalDecimal(input.writeOffTolerancePercent),
      input.discountTaxCorrection ? 1 : 0,
      ctx.nowIso(),
    );
    ctx.sqlite.prepare('DELETE FROM cash_rounding').run();
    const insert = stmt(ctx.sqlite, 'INSERT INTO cash_rounding (currency, increment) VALUES (?, ?)');
    for (const r of input.cashRounding) insert.run(r.currency, canonicalDecimal(r.increment));
    const after = getReceivablesSettings(ctx);
    recordAudit(ctx, { action: 'settings.receivables', entity: 'company', entityId: 1, before, after });
    return after;
  });
}
