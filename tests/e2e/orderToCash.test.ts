// "As a new user: sell from stock, ship, invoice, get paid in two parts (the second too much), and use the
// excess on the next invoice." A new company file set up through the screens (tax rate, a stock-tracked product
// with stock received, a customer), then Orders → Shipments → Invoices → Payments → the customer's account →
// Reports → Trial balance. Only the UI is used, by role and label, in a real Chromium against the real CLI.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/webServer';
import { E2E } from './browser';
import {
  createCompanyWithStandardRate,
  expectTitleChip,
  goTo,
  heading,
  textOf,
  toast,
  visible,
} from './steps';

let e2e: E2E;
beforeEach(() => {
  e2e = new E2E();
});
afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await e2e.reportFailure(context.task.name);
  await e2e.dispose();
});

/**
 * Screenshots of the key steps, kept for a person to look at (layout, wording). The screen scrolls inside
 * its main area, not the page, so a full-page shot would stop at the window's edge: the window is made tall
 * enough for the whole screen for the shot, then given back its size.
 */
const shotsDir = join(repoRoot, '.tmp', 'e2e-screens');
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(shotsDir, { recursive: true });
  // The messages of the last steps (gone after 5 s at a person's pace, still up at a test's) would hide the
  // bottom right of the screen, totals and all: dismissed as a user would, with their × button.
  const dismiss = page.locator('.toasts').getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0)
    await dismiss
      .first()
      .click({ timeout: 2_000 })
      .catch(() => undefined);
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const overflow = await page
    .locator('.app-main')
    .evaluate(
      (node: { scrollHeight: number; clientHeight: number }) => node.scrollHeight - node.clientHeight,
    );
  await page.setViewportSize({ width: size.width, height: size.height + Math.max(0, overflow) });
  await page.screenshot({ path: join(shotsDir, `order-to-cash-${name}.png`) });
  await page.setViewportSize(size);
}

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);

/** The totals at the bottom right of a document (net, tax, total, paid, open …) as one line of text. */
const totalsOf = (page: Page) =>
  textOf(page.getByRole('region', { name: 'Totals', exact: true }).locator('dl'));

async function confirmDialog(page: Page, title: string, button: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Receive payment from an invoice: the form opens with the invoice's open amount and number filled in. */
async function openReceivePayment(page: Page, openAmount: string, invoiceNumber: string): Promise<void> {
  await page.getByRole('button', { name: 'Receive payment' }).click();
  await visible(heading(page, 'Receive payment'));
  expect(await page.getByLabel('Amount received (GBP)').inputValue()).toBe(openAmount);
  expect(await page.getByLabel('Reference').inputValue()).toBe(invoiceNumber);
}

/** The allocation grid shows main's proposal for what was typed (the grid follows the amount). */
async function expectProposal(page: Page, invoiceNumber: string, pay: string): Promise<void> {
  await expect.poll(() => page.getByLabel(`Pay, ${invoiceNumber}`).inputValue()).toBe(pay);
  await visible(page.getByText('Proposed: invoices named in the reference first, then the oldest due date.'));
}

const summaryOf = (page: Page) =>
  textOf(page.getByRole('region', { name: 'Allocation totals', exact: true }).locator('dl'));

/** Reports → Trial balance: one account's row as shown (code, name, debit, credit). */
async function trialBalanceRow(page: Page, account: string): Promise<string> {
  const row = page.getByRole('row', { name: new RegExp(account) });
  await visible(row);
  return textOf(row);
}

/** "£1,234.50" or "-£60.00" as shown → minor units; an empty cell is 0. */
function minorOf(text: string): number {
  const digits = text.replace(/[^\d-]/g, '');
  return digits === '' || digits === '-' ? 0 : Number(digits);
}

/**
 * On the trial balance: what customers owe by the ledger, Accounts receivable (debit − credit) less Customer
 * credits (credit − debit); an account with no balance is not listed and counts 0.
 */
async function receivablesLessCredits(page: Page): Promise<number> {
  const table = page.getByRole('table', { name: /^Trial balance as of/ });
  await visible(table.getByRole('row', { name: /Accounts receivable/ }));
  const balanceOf = async (account: string): Promise<number> => {
    const row = table.getByRole('row', { name: new RegExp(account) });
    if ((await row.count()) === 0) return 0;
    const cells = row.getByRole('cell');
    return minorOf(await textOf(cells.nth(2))) - minorOf(await textOf(cells.nth(3)));
  };
  return (await balanceOf('Accounts receivable')) + (await balanceOf('Customer credits'));
}

const shelf = { sku: 'OS-100', name: 'Oak shelf', price: '50.00', received: 10 };
const customer = 'Juniper Interiors';

describe('a new user', () => {
  it('ships, invoices, takes a part and an over-payment, and uses the credit on the next invoice', async () => {
    const year = new Date().getFullYear();
    const orderNumber = `SO-${year}-00001`;
    const shipmentNumber = `SH-${year}-00001`;
    const firstInvoice = `INV-${year}-00001`;
    const secondInvoice = `INV-${year}-00002`;
    const firstPayment = `PAY-${year}-00001`;
    const secondPayment = `PAY-${year}-00002`;

    // 1–2. A new file with a company (its creator is the owner) and the Standard 20% tax rate.
    const page = await e2e.start(['--file', join(e2e.dir, 'cash.ordo')]);
    await createCompanyWithStandardRate(page);

    // 3. Products: a stock-tracked product; Stock: 10 received.
    await goTo(page, 'Products');
    await page.getByRole('button', { name: 'New product' }).click();
    await visible(heading(page, 'New product'));
    await page.getByLabel('SKU').fill(shelf.sku);
    await page.getByLabel('Name', { exact: true }).fill(shelf.name);
    await page.getByLabel('Price').fill(shelf.price);
    await page.getByLabel('Tax rate').selectOption({ label: 'Standard 20%' });
    await page.getByRole('button', { name: 'Save product' }).click();
    await visible(page.getByRole('link', { name: shelf.name }));
    await goTo(page, 'Stock');
    await page.getByRole('link', { name: shelf.name, exact: true }).click();
    await page.getByRole('button', { name: 'Receive stock' }).first().click();
    const receive = page.getByRole('dialog', { name: `Receive stock: ${shelf.name}` });
    await receive.getByLabel('Quantity received (pcs)').fill(String(shelf.received));
    await receive.getByRole('button', { name: 'Receive', exact: true }).click();
    await receive.waitFor({ state: 'hidden' });
    await visible(toast(page, `Stock received: ${shelf.received} pcs on hand`));

    // 4. Customers: a customer in GBP with a billing address (no credit limit).
    await goTo(page, 'Customers');
    await page.getByRole('button', { name: 'New customer' }).click();
    await visible(heading(page, 'New customer'));
    const general = page.getByRole('group', { name: 'General' });
    await general.getByLabel('Name', { exact: true }).fill(customer);
    await general.getByLabel('E-mail', { exact: true }).fill('accounts@juniper.example');
    await page.getByLabel('Billing address line 1').fill('9 Orchard Row');
    await page.getByLabel('Billing postal code').fill('GL50 1AA');
    await page.getByLabel('Billing city').fill('Cheltenham');
    await page.getByLabel('Billing country (2 letters)').fill('GB');
    await page.getByRole('button', { name: 'Save customer' }).click();
    await visible(page.getByRole('link', { name: customer }));

    // 5. Orders → New order: 4 oak shelves at £50.00, keyboard entry; confirm it.
    //    Net 4 × £50.00 = £200.00; tax 20 % = £40.00; total £240.00.
    await goTo(page, 'Orders');
    await page.getByRole('button', { name: 'New order' }).click();
    await visible(heading(page, 'New order'));
    await page.getByRole('combobox', { name: 'Customer', exact: true }).fill('Juniper');
    await page.getByRole('option', { name: new RegExp(customer) }).click();
    const line1 = page.getByRole('combobox', { name: 'Product, line 1' });
    await line1.fill(shelf.sku);
    await line1.press('Enter');
    await expect.poll(() => line1.inputValue()).toBe(`${shelf.sku} ${shelf.name}`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('4');
    await expect.poll(() => totalsOf(page)).toBe('Net £200.00 Standard 20% on £200.00 £40.00 Total £240.00');
    await shot(page, '0-new-order');
    await page.getByRole('button', { name: 'Confirm order' }).click();
    await confirmDialog(page, 'Confirm order?', 'Confirm order');
    await visible(heading(page, startsWith(`Order ${orderNumber}`)));
    await expectTitleChip(page, 'Confirmed');

    // 6. Ship all of it: create the shipment, pack the 4 shelves, ship.
    await page.getByRole('button', { name: 'Create shipment' }).click();
    await visible(heading(page, startsWith(`Shipment for order ${orderNumber}`)));
    await page.getByRole('button', { name: 'Start packing' }).click();
    const packed = page.getByLabel(`Packed, ${shelf.name}`);
    await packed.fill('4');
    await packed.press('Enter');
    await visible(page.locator('.pack-progress').getByText('1 of 1 lines packed'));
    await page.getByRole('button', { name: 'Ship', exact: true }).click();
    const shipDialog = page.getByRole('dialog', { name: 'Ship' });
    await shipDialog.getByLabel('Carrier').fill('Royal Mail');
    await shipDialog.getByLabel('Parcels').fill('1');
    await shipDialog.getByRole('button', { name: 'Ship now' }).click();
    await shipDialog.waitFor({ state: 'hidden' });
    await visible(heading(page, startsWith(`Shipment ${shipmentNumber}`)));
    await page.getByRole('link', { name: `Open order ${orderNumber}` }).click();
    await visible(heading(page, startsWith(`Order ${orderNumber}`)));
    await expectTitleChip(page, 'Shipped');

    // 7. On the order: Create invoice → the draft, billing what was shipped; Post invoice asks once.
    await page.getByRole('button', { name: 'Create invoice' }).click();
    await visible(heading(page, startsWith(`Draft invoice for ${customer}`)));
    await visible(toast(page, 'Draft invoice created: check it and post it'));
    await visible(page.getByText(`Bills what was delivered of order ${orderNumber}.`));
    expect(await page.getByRole('combobox', { name: 'Product, line 1' }).inputValue()).toBe(
      `${shelf.sku} ${shelf.name}`,
    );
    expect(await page.getByLabel('Quantity, line 1').inputValue()).toBe('4');
    await expect
      .poll(() => totalsOf(page))
      .toMatch(/^Net £200\.00 Standard 20% on £200\.00 £40\.00 Total £240\.00/);
    await shot(page, '1-draft-invoice');
    await page.getByRole('button', { name: 'Post invoice' }).click();
    const postDialog = page.getByRole('dialog', { name: 'Post invoice?' });
    await visible(postDialog.getByText(/gets the next number of the invoice series/));
    await confirmDialog(page, 'Post invoice?', 'Post invoice');
    await visible(heading(page, startsWith(`Invoice ${firstInvoice}`)));
    await visible(toast(page, `Invoice ${firstInvoice} posted`));
    await expectTitleChip(page, 'Open');
    await expect
      .poll(() => totalsOf(page))
      .toMatch(/^Net £200\.00 Standard 20% on £200\.00 £40\.00 Total £240\.00 .*Open £240\.00$/);
    await visible(page.getByText('Nothing paid or credited yet.'));
    await shot(page, '2-invoice-posted');

    // 8. Receive payment, part of it: £100.00 of £240.00. The proposal puts it all on the invoice.
    await openReceivePayment(page, '240.00', firstInvoice);
    await expectProposal(page, firstInvoice, '240.00');
    await page.getByLabel('Amount received (GBP)').fill('100');
    await expectProposal(page, firstInvoice, '100.00');
    expect(await summaryOf(page)).toBe(
      'Amount received £100.00 Allocated to invoices £100.00 Discount £0.00 Write-off £0.00 Left as customer credit £0.00',
    );
    // The grid's row: invoice, date, due, open £240.00, then the cells to type in.
    const openCell = page
      .getByRole('row', { name: new RegExp(firstInvoice) })
      .locator('td')
      .nth(2);
    expect(await textOf(openCell)).toBe('£240.00');
    await shot(page, '3-partial-payment');
    await page.getByRole('button', { name: 'Record payment' }).click();
    await visible(heading(page, startsWith(`Payment ${firstPayment}`)));
    await visible(toast(page, `Payment ${firstPayment} recorded`));

    // The invoice: partially paid, £140.00 open.
    await page
      .getByRole('row', { name: new RegExp(firstInvoice) })
      .getByRole('link', { name: firstInvoice })
      .click();
    await visible(heading(page, startsWith(`Invoice ${firstInvoice}`)));
    await expectTitleChip(page, 'Partially paid');
    await expect.poll(() => totalsOf(page)).toMatch(/Total £240\.00 Paid £100\.00 Open £140\.00$/);

    // 9. Second payment, £200.00: more than the £140.00 open; £60.00 stays with the customer as credit.
    await openReceivePayment(page, '140.00', firstInvoice);
    await page.getByLabel('Amount received (GBP)').fill('200');
    await expectProposal(page, firstInvoice, '140.00');
    await expect
      .poll(() => summaryOf(page))
      .toBe(
        'Amount received £200.00 Allocated to invoices £140.00 Discount £0.00 Write-off £0.00 Left as customer credit £60.00',
      );
    await shot(page, '4-overpayment');
    await page.getByRole('button', { name: 'Record payment' }).click();
    await visible(heading(page, startsWith(`Payment ${secondPayment}`)));
    const paymentFacts = await textOf(page.locator('dl.facts'));
    expect(paymentFacts).toContain('Amount £200.00');
    expect(paymentFacts).toContain('Applied £140.00 Unapplied credit £60.00');

    // The invoice is paid; its order is closed (shipped, invoiced and paid).
    await page
      .getByRole('row', { name: new RegExp(firstInvoice) })
      .getByRole('link', { name: firstInvoice })
      .click();
    await visible(heading(page, startsWith(`Invoice ${firstInvoice}`)));
    await expectTitleChip(page, 'Paid');
    await expect.poll(() => totalsOf(page)).toMatch(/Total £240\.00 Paid £240\.00 Open £0\.00$/);
    expect(await page.getByRole('button', { name: 'Receive payment' }).count()).toBe(0);
    await shot(page, '5-invoice-paid');
    await page.locator('dl.invoice-facts').getByRole('link', { name: orderNumber }).click();
    await visible(heading(page, startsWith(`Order ${orderNumber}`)));
    await expectTitleChip(page, 'Closed');
    await shot(page, '6-order-closed');

    // 10. A second invoice for the same customer, direct: a service as a text line, 1 × £75.00 at 20 %.
    //     Net £75.00; tax £15.00; total £90.00.
    await goTo(page, 'Invoices');
    await page.getByRole('button', { name: 'New invoice' }).click();
    await visible(heading(page, 'New invoice'));
    await page.getByRole('combobox', { name: 'Customer', exact: true }).fill('Juniper');
    await page.getByRole('option', { name: new RegExp(customer) }).click();
    // The empty product line the editor starts with is left alone: untouched lines are not saved.
    await page.getByRole('button', { name: 'Add text line' }).click();
    await page.getByLabel('Text, line 2').fill('Fitting the shelves on site');
    await page.getByLabel('Quantity, line 2').fill('1');
    await page.getByLabel('Unit price, line 2').fill('75');
    await page.getByLabel('Tax rate, line 2').selectOption({ label: 'Standard 20%' });
    await expect
      .poll(() => totalsOf(page))
      .toMatch(/^Net £75\.00 Standard 20% on £75\.00 £15\.00 Total £90\.00/);
    await page.getByRole('button', { name: 'Post invoice' }).click();
    await confirmDialog(page, 'Post invoice?', 'Post invoice');
    await visible(heading(page, startsWith(`Invoice ${secondInvoice}`)));
    await expectTitleChip(page, 'Open');
    await expect.poll(() => totalsOf(page)).toMatch(/Total £90\.00 .*Open £90\.00$/);

    // 11. The customer's account: £90.00 open, £60.00 unapplied credit, the balance £30.00.
    await page.locator('dl.invoice-facts').getByRole('link', { name: customer }).click();
    await visible(heading(page, startsWith(customer)));
    await page.getByRole('button', { name: 'Account', exact: true }).click();
    await visible(heading(page, `Account of ${customer}`));
    const summary = page.getByRole('region', { name: 'Summary', exact: true }).locator('dl');
    await expect
      .poll(() => textOf(summary))
      .toBe('Open items £90.00 Unapplied credit £60.00 Balance (what the customer owes) £30.00');
    const balanceShown = async () => minorOf(await textOf(summary.locator('dd.total-row')));
    const balanceBefore = await balanceShown();
    const credits = page.getByRole('table', { name: 'Unapplied credit' });
    await visible(credits.getByRole('link', { name: `Payment ${secondPayment}` }));
    // Every document in the account's history opens from it, payments too.
    const history = page.getByRole('table', { name: 'Account history' });
    await visible(history.getByRole('link', { name: firstPayment, exact: true }));
    await visible(history.getByRole('link', { name: secondPayment, exact: true }));
    await shot(page, '7-account-with-credit');

    // The ledger agrees: receivables £90.00 (debit) less customer credits £60.00 (credit) = £30.00.
    await goTo(page, 'Reports');
    await visible(heading(page, 'Trial balance'));
    expect(await trialBalanceRow(page, 'Accounts receivable')).toBe('1400 Accounts receivable £90.00');
    expect(await trialBalanceRow(page, 'Customer credits')).toBe(
      '2100 Customer credits and prepayments £60.00',
    );
    expect(await receivablesLessCredits(page)).toBe(balanceBefore);
    await page.goBack();
    await visible(heading(page, `Account of ${customer}`));

    // 12. Apply the credit to the new invoice: the dialog offers all of it (less than the £90.00 open).
    await credits.getByRole('button', { name: `Apply credit from ${secondPayment} to an invoice` }).click();
    const apply = page.getByRole('dialog', { name: `Apply credit from payment ${secondPayment}` });
    await visible(apply.getByText('£60.00 of it is unapplied.'));
    const invoiceChoice = apply.getByLabel('Invoice');
    expect(await textOf(invoiceChoice.locator('option:checked'))).toBe(`${secondInvoice} — £90.00 open`);
    expect(await apply.getByLabel('Amount (GBP)').inputValue()).toBe('60.00');
    await shot(page, '8-apply-credit');
    await apply.getByRole('button', { name: 'Apply credit' }).click();
    await apply.waitFor({ state: 'hidden' });
    await visible(toast(page, `Credit applied to ${secondInvoice}`));
    await expect
      .poll(() => textOf(summary))
      .toBe('Open items £30.00 Unapplied credit £0.00 Balance (what the customer owes) £30.00');
    const balanceAfter = await balanceShown();
    expect(balanceAfter).toBe(balanceBefore); // using credit changes what is open, not what is owed
    await visible(page.getByText('No unapplied credit'));
    const openRow = page
      .getByRole('table', { name: 'Open items' })
      .getByRole('row', { name: new RegExp(secondInvoice) });
    await expect.poll(() => textOf(openRow)).toMatch(/£90\.00 £30\.00$/);
    await shot(page, '9-account-after-credit');

    // The invoice: £60.00 settled by the credit, £30.00 open.
    await openRow.getByRole('link', { name: secondInvoice }).click();
    await visible(heading(page, startsWith(`Invoice ${secondInvoice}`)));
    await expectTitleChip(page, 'Partially paid');
    await expect.poll(() => totalsOf(page)).toMatch(/Total £90\.00 Paid £60\.00 Open £30\.00$/);
    const settlement = page
      .getByRole('table', { name: 'Payments and credits' })
      .getByRole('row', { name: new RegExp(secondPayment) });
    expect(await textOf(settlement)).toMatch(new RegExp(`Payment ${secondPayment} £60\\.00$`));

    // 13. The trial balance: receivables £30.00, no customer credit left — the account's balance.
    await goTo(page, 'Reports');
    await visible(heading(page, 'Trial balance'));
    expect(await trialBalanceRow(page, 'Accounts receivable')).toBe('1400 Accounts receivable £30.00');
    expect(await page.getByRole('row', { name: /Customer credits/ }).count()).toBe(0);
    expect(await receivablesLessCredits(page)).toBe(balanceAfter);
    await shot(page, '10-trial-balance');

    expect(e2e.problems).toEqual([]);
  });
});
