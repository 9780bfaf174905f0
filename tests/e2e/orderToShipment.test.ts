// "As a new user: sell more than a customer's credit limit, get the order approved, and ship it in two parts."
// A new company file, set up through the screens (tax rate, two stock-tracked products, stock received, a
// customer with a small limit), then Orders → Credit holds → Shipments (pack by typing SKUs) → Stock.
// Only the UI is used, by role and label, in a real Chromium against the real CLI and company file.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

/** Set ORDO_E2E_SHOTS=/some/dir to keep screenshots of the final order and stock screens. */
const shotsDir = process.env.ORDO_E2E_SHOTS;
async function keepShot(page: Page, name: string): Promise<void> {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: join(shotsDir, `e2e-${name}.png`), fullPage: true });
}

/** The normalised text of each element the locator matches (e.g. table rows). */
const textsOf = async (locator: Locator) =>
  (await locator.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());

/** An element's computed text colour, "rgb(r, g, b)" (typed by hand: this tsconfig has no DOM library). */
function colourOf(node: {
  ownerDocument: { defaultView: { getComputedStyle(element: unknown): { color: string } } | null };
}): string {
  return node.ownerDocument.defaultView?.getComputedStyle(node).color ?? '';
}

interface ProductSpec {
  sku: string;
  name: string;
  price: string;
  received: number;
}

async function createProduct(page: Page, product: ProductSpec): Promise<void> {
  await goTo(page, 'Products');
  await page.getByRole('button', { name: 'New product' }).click();
  await visible(heading(page, 'New product'));
  await page.getByLabel('SKU').fill(product.sku);
  await page.getByLabel('Name', { exact: true }).fill(product.name);
  await page.getByLabel('Price').fill(product.price);
  await page.getByLabel('Tax rate').selectOption({ label: 'Standard 20%' });
  // Stock tracking is on for a new product; a new user checks it rather than assumes it.
  expect(await page.getByLabel('Track stock').isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Save product' }).click();
  await visible(heading(page, 'Products'));
  await visible(page.getByRole('link', { name: product.name }));
}

async function receiveStock(page: Page, product: ProductSpec): Promise<void> {
  await goTo(page, 'Stock');
  await visible(heading(page, 'Stock'));
  await page.getByRole('link', { name: product.name, exact: true }).click();
  await visible(heading(page, new RegExp(`^${product.name}`)));
  await page.getByRole('button', { name: 'Receive stock' }).first().click();
  const dialog = page.getByRole('dialog', { name: `Receive stock: ${product.name}` });
  await dialog.getByLabel('Quantity received (pcs)').fill(String(product.received));
  await dialog.getByLabel('Note (optional)').fill('Opening delivery');
  await dialog.getByRole('button', { name: 'Receive', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await visible(toast(page, `Stock received: ${product.received} pcs on hand`));
  await expectLevels(page, { onHand: product.received, reserved: 0, available: product.received });
}

/** On the stock screen of one product: the three figures at the top. */
async function expectLevels(
  page: Page,
  levels: { onHand: number; reserved: number; available: number },
): Promise<void> {
  const levelsList = page.getByLabel('Stock levels');
  await expect
    .poll(() => textOf(levelsList))
    .toBe(
      `On hand ${levels.onHand} pcs Reserved for orders ${levels.reserved} pcs Available ${levels.available} pcs`,
    );
}

/** Types a code into the pack screen's scan box and presses Enter, as a scanner does; waits for the answer. */
async function scan(page: Page, code: string, answer: string | RegExp): Promise<void> {
  const box = page.getByLabel('Scan or type a code');
  await box.fill(code);
  await box.press('Enter');
  await visible(page.locator('.scan-feedback').getByText(answer));
}

/** Packs by typing each SKU and Enter, once per unit; checks the answer after every scan. */
async function packByTyping(page: Page, sku: string, name: string, count: number): Promise<void> {
  for (let packed = 1; packed <= count; packed++) {
    await scan(page, sku, `${name} — ${packed} of ${count} packed`);
  }
}

async function ship(page: Page, carrier: string, tracking: string, number: string): Promise<void> {
  await page.getByRole('button', { name: 'Ship', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ship' });
  await dialog.getByLabel('Carrier').fill(carrier);
  await dialog.getByLabel('Tracking number').fill(tracking);
  await dialog.getByLabel('Parcels').fill('1');
  await dialog.getByRole('button', { name: 'Ship now' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await visible(heading(page, new RegExp(`^Shipment ${number}\\b`)));
  await expectTitleChip(page, 'Shipped');
  expect(await textOf(page.locator('.shipment-summary'))).toContain(
    `Carrier ${carrier} Tracking number ${tracking} Parcels 1`,
  );
}

const hammer: ProductSpec = { sku: 'HT-100', name: 'Claw hammer', price: '24.50', received: 20 };
const tape: ProductSpec = { sku: 'HT-200', name: 'Tape measure 5 m', price: '8.75', received: 30 };
const customer = 'Bramble Builders';

describe('a new user', () => {
  it('sells over the credit limit, gets it approved and ships it in two parts', async () => {
    // Numbers carry the year of the order and ship dates, which default to today on this computer.
    const year = new Date().getFullYear();
    const orderNumber = `SO-${year}-00001`;
    const firstShipment = `SH-${year}-00001`;
    const secondShipment = `SH-${year}-00002`;

    // 1–2. A new file with a company (its creator is the owner) and the Standard 20% tax rate.
    const page = await e2e.start(['--file', join(e2e.dir, 'fresh.ordo')]);
    await createCompanyWithStandardRate(page);

    // 3. Products: two stock-tracked products with SKUs; 4. Stock: receive both.
    await createProduct(page, hammer);
    await createProduct(page, tape);
    await receiveStock(page, hammer);
    await receiveStock(page, tape);

    // 5. Customers: a customer with a small credit limit (in GBP, the company's currency).
    await goTo(page, 'Customers');
    await page.getByRole('button', { name: 'New customer' }).click();
    await visible(heading(page, 'New customer'));
    const general = page.getByRole('group', { name: 'General' });
    await general.getByLabel('Name', { exact: true }).fill(customer);
    await general.getByLabel('E-mail', { exact: true }).fill('buying@bramble.example');
    expect(await general.getByLabel('Currency', { exact: true }).inputValue()).toBe('GBP');
    await general.getByLabel('Credit limit').fill('300');
    await page.getByLabel('Billing address line 1').fill('4 Mill Lane');
    await page.getByLabel('Billing postal code').fill('BA1 1AA');
    await page.getByLabel('Billing city').fill('Bath');
    await page.getByLabel('Billing country (2 letters)').fill('GB');
    await page.getByRole('button', { name: 'Save customer' }).click();
    await visible(heading(page, 'Customers'));
    await visible(page.getByRole('link', { name: customer }));

    // 6. Orders → New order: the customer, then two lines typed by SKU, keyboard only.
    await goTo(page, 'Orders');
    await page.getByRole('button', { name: 'New order' }).click();
    await visible(heading(page, 'New order'));
    await page.getByRole('combobox', { name: 'Customer', exact: true }).fill('Bramble');
    await page.getByRole('option', { name: new RegExp(customer) }).click();
    const line1 = page.getByRole('combobox', { name: 'Product, line 1' });
    await line1.fill(hammer.sku);
    await line1.press('Enter'); // picks the exact SKU, as a scanner's Enter would
    await expect.poll(() => line1.inputValue()).toBe(`${hammer.sku} ${hammer.name}`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('10');
    await page.keyboard.press('Enter'); // Enter adds a line and puts the cursor in its product box
    const line2 = page.getByRole('combobox', { name: 'Product, line 2' });
    await expect.poll(() => line2.evaluate((node) => node === node.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type(tape.sku);
    await page.keyboard.press('Enter');
    await expect.poll(() => line2.inputValue()).toBe(`${tape.sku} ${tape.name}`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('4');

    // Totals, worked out by hand (Standard 20% on both lines, no discounts or fees):
    //   line 1: 10 × £24.50 = £245.00;  line 2: 4 × £8.75 = £35.00
    //   net £280.00;  tax 20 % of £280.00 = £56.00;  total £336.00 — over the £300.00 limit.
    const totals = page.getByRole('region', { name: 'Totals', exact: true });
    await expect
      .poll(() => textOf(totals.locator('dl')))
      .toBe('Net £280.00 Standard 20% on £280.00 £56.00 Total £336.00');
    expect(await textsOf(page.locator('.order-lines .line-amount'))).toEqual(['£245.00', '£35.00']);
    // Stock per line while typing: on hand / reserved / available (nothing reserved before confirming).
    expect(await textsOf(page.locator('.order-lines .stock-cell'))).toEqual(['20 / 0 / 20', '30 / 0 / 30']);
    const credit = page.getByRole('region', { name: 'Credit', exact: true });
    expect(await textOf(credit.locator('dl'))).toContain('Credit limit £300.00');
    const warning = credit.getByRole('status');
    await visible(warning.getByText('⚠ Credit warning'));
    await visible(warning.getByText('Over the credit limit'));

    // 7. Confirm order → numbered, on hold for credit, with the reason.
    await page.getByRole('button', { name: 'Confirm order' }).click();
    await page
      .getByRole('dialog', { name: 'Confirm order?' })
      .getByRole('button', { name: 'Confirm order' })
      .click();
    await visible(heading(page, new RegExp(`^Order ${orderNumber}\\b`)));
    await expectTitleChip(page, 'On hold');
    const notice = page.locator('.notice-warning');
    await visible(notice.getByText('On hold for credit approval'));
    await visible(notice.getByText('Over the credit limit'));
    await visible(toast(page, `Order ${orderNumber} is on hold: Over the credit limit`));

    // 8. Credit holds: the queue shows why and the exposure; the owner approves with a reason.
    await goTo(page, 'Orders');
    await visible(heading(page, 'Orders'));
    await page
      .getByRole('navigation', { name: 'Orders' })
      .getByRole('link', { name: /^Credit holds/ })
      .click();
    await visible(heading(page, 'Credit holds'));
    const holdRow = page.getByRole('row', { name: new RegExp(orderNumber) });
    expect(await textOf(holdRow)).toContain('Over the credit limit £336.00 of £300.00 £336.00');
    await holdRow
      .getByRole('button', { name: `Approve credit for order ${orderNumber} for ${customer}` })
      .click();
    const approve = page.getByRole('dialog', {
      name: `Approve credit: order ${orderNumber} for ${customer}`,
    });
    await approve.getByLabel('Reason').fill('Long-standing customer; paid a deposit by phone');
    await approve.getByRole('button', { name: 'Approve credit' }).click();
    await approve.waitFor({ state: 'hidden' });
    await visible(page.getByText('No orders are waiting for a credit decision'));

    // The order is confirmed; its history names who approved and why.
    await page
      .getByRole('navigation', { name: 'Orders' })
      .getByRole('link', { name: 'Orders', exact: true })
      .click();
    const orderRow = page.getByRole('row', { name: new RegExp(orderNumber) });
    // The list may show what it had a moment ago, then its fresh rows.
    await expect.poll(() => textOf(orderRow.locator('.chip'))).toBe('Confirmed');
    await orderRow.click();
    await visible(heading(page, new RegExp(`^Order ${orderNumber}\\b`)));
    await expectTitleChip(page, 'Confirmed');
    expect(await textOf(page.getByRole('region', { name: 'Credit decisions', exact: true }))).toMatch(
      /Approved for £336\.00 by Hannah Harbour on .* — “Long-standing customer; paid a deposit by phone”/,
    );
    // Confirmed stock is reserved: on hand / reserved / available per line.
    const stockCells = page.locator('.order-lines .stock-cell');
    await expect.poll(() => textsOf(stockCells)).toEqual(['20 / 10 / 10', '30 / 4 / 26']);

    // 9. First shipment: part of line 1 (6 of 10 hammers) and all of line 2.
    await page.getByRole('button', { name: 'Create shipment' }).click();
    await visible(heading(page, new RegExp(`^Shipment for order ${orderNumber}`)));
    await page.getByRole('button', { name: 'Change quantities' }).click();
    const quantities = page.getByRole('dialog', { name: 'Change quantities' });
    await quantities.getByLabel(hammer.name).fill('6');
    await quantities.getByRole('button', { name: 'Save quantities' }).click();
    await quantities.waitFor({ state: 'hidden' });
    const pickRows = page.getByRole('table', { name: 'Items to pick' }).locator('tbody tr');
    await expect
      .poll(() => textsOf(pickRows))
      .toEqual([`${hammer.sku} ${hammer.name} 6 pcs`, `${tape.sku} ${tape.name} 4 pcs`]);

    // Pack: every unit by typing its SKU and Enter; an unknown code is answered in red and packs nothing.
    await page.getByRole('button', { name: 'Start packing' }).click();
    await visible(page.getByRole('heading', { name: 'Pack' }));
    expect(await page.getByRole('button', { name: 'Ship', exact: true }).isDisabled()).toBe(true);
    await packByTyping(page, hammer.sku, hammer.name, 6);
    await scan(page, 'NO-SUCH-CODE', 'No product has the code NO-SUCH-CODE');
    await keepShot(page, 'pack-unknown-code');
    const feedback = page.locator('.scan-feedback');
    expect(await feedback.getAttribute('class')).toContain('scan-error');
    expect(await textOf(feedback)).toBe('✗ No product has the code NO-SUCH-CODE');
    // Red text (not merely dark): the red channel well above green and blue.
    const [red = 0, green = 0, blue = 0] =
      (await feedback.evaluate(colourOf)).match(/\d+/g)?.map(Number) ?? [];
    expect(red - Math.max(green, blue)).toBeGreaterThan(60);
    // Nothing was packed by it: the hammers are done, the tape measures not started.
    expect(await textOf(page.locator('.pack-progress'))).toBe('1 of 2 lines packed');
    expect(await page.getByLabel(`Packed, ${hammer.name}`).inputValue()).toBe('6');
    expect(await page.getByLabel(`Packed, ${tape.name}`).inputValue()).toBe('0');
    await packByTyping(page, tape.sku, tape.name, 4);
    await visible(feedback.getByText('Everything is packed: ready to ship.'));
    expect(await textOf(page.locator('.pack-progress'))).toBe('2 of 2 lines packed');

    // Ship → the shipment gets its number; the order is partially shipped.
    await ship(page, 'Royal Mail', 'RM123456785GB', firstShipment);
    await page.getByRole('link', { name: `Open order ${orderNumber}` }).click();
    await visible(heading(page, new RegExp(`^Order ${orderNumber}\\b`)));
    await expectTitleChip(page, 'Partially shipped');
    const lineNotes = page.locator('.order-lines .cell-note');
    await expect.poll(() => textsOf(lineNotes)).toEqual(['Shipped 6 · to ship 4', 'Shipped 4 · to ship 0']);
    // 14 hammers left, 4 of them still reserved for this order. The tape measures are all gone out: a line
    // with nothing left to ship shows no stock figures (the Stock screen below has them).
    await expect.poll(() => textsOf(stockCells)).toEqual(['14 / 4 / 10']);

    // 10. Second shipment: the rest (4 hammers), packed by typing, shipped.
    await page.getByRole('button', { name: 'Create shipment' }).click();
    await visible(heading(page, new RegExp(`^Shipment for order ${orderNumber}`)));
    await expect.poll(() => textsOf(pickRows)).toEqual([`${hammer.sku} ${hammer.name} 4 pcs`]);
    await page.getByRole('link', { name: '2 · Pack' }).click();
    await visible(page.getByRole('heading', { name: 'Pack' }));
    await scan(page, tape.sku, `${tape.name} is not in this shipment`);
    await packByTyping(page, hammer.sku, hammer.name, 4);
    await ship(page, 'DPD', '15502 000 1234', secondShipment);

    await page.getByRole('link', { name: `Open order ${orderNumber}` }).click();
    await visible(heading(page, new RegExp(`^Order ${orderNumber}\\b`)));
    await expectTitleChip(page, 'Shipped');
    await expect.poll(() => textsOf(lineNotes)).toEqual(['Shipped 10 · to ship 0', 'Shipped 4 · to ship 0']);
    const shipments = page.getByRole('region', { name: 'Shipments', exact: true });
    await visible(shipments.getByRole('link', { name: `Shipment ${firstShipment}` }));
    await visible(shipments.getByRole('link', { name: `Shipment ${secondShipment}` }));
    await keepShot(page, 'order-shipped');

    // 11. Stock: on hand = received − shipped, nothing reserved any more.
    await goTo(page, 'Stock');
    await visible(heading(page, 'Stock'));
    const stockRow = (sku: string) => page.getByRole('row', { name: new RegExp(`^${sku}\\b`) });
    // Hammers: 20 received − 6 − 4 shipped = 10; tape measures: 30 − 4 = 26. Columns: on hand, reserved, available.
    await expect.poll(() => textOf(stockRow(hammer.sku))).toBe(`${hammer.sku} ${hammer.name} pcs 10 0 10`);
    await expect.poll(() => textOf(stockRow(tape.sku))).toBe(`${tape.sku} ${tape.name} pcs 26 0 26`);
    await keepShot(page, 'stock-levels');

    await page.getByRole('link', { name: hammer.name, exact: true }).click();
    await visible(heading(page, new RegExp(`^${hammer.name}`)));
    await expectLevels(page, { onHand: 10, reserved: 0, available: 10 });
    // The movement log, newest first: what, change, balance (date and who are not compared).
    const movements = page
      .getByRole('table', { name: `Stock movements of ${hammer.name}` })
      .locator('tbody tr');
    const movementCells = () =>
      movements.evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('td')].slice(1, 4).map((cell) => (cell.textContent ?? '').trim()),
        ),
      );
    await expect.poll(movementCells).toEqual([
      [`Shipped ${secondShipment}`, '-4', '10'],
      [`Shipped ${firstShipment}`, '-6', '14'],
      ['Received', '+20', '20'],
    ]);
    await keepShot(page, 'stock-hammer');

    expect(e2e.problems).toEqual([]);
  });
});
