// Builds the benchmark company file — 100k customers, 20k products with the app's own insert building blocks, then
// the receivables (receivablesData.ts: 200k posted invoices, 180k payments, ~1M journal lines) and the order
// history (orderData.ts: 200k orders) with raw statements — in a few big transactions, and caches it under
// .tmp/bench/ keyed by DATA_VERSION and the schema, so reruns reuse it.
// Change DATA_VERSION whenever the generated data changes shape.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { insertProduct, type ParsedProduct } from '../../electron/catalog/products';
import { fixedClock, type Clock } from '../../electron/clock';
import { ean13 } from '../../electron/company/demo';
import type { CompanyContext } from '../../electron/context';
import { insertCustomer, type ParsedCustomer } from '../../electron/customers/store';
import { loadMigrations } from '../../electron/db/migrations';
import { createServices, type Services } from '../../electron/services';
import { createTaxRate } from '../../electron/settings/taxRates';
import { fillOrders, ORDER_COUNT } from './orderData';
import { fillReceivables, RECEIVABLES_SIZES } from './receivablesData';

export const DATA_VERSION = 4;
export const CUSTOMER_COUNT = 100_000;
export const PRODUCT_COUNT = 20_000;
const BATCH = 10_000;

export const benchDir = fileURLToPath(new URL('../../.tmp/bench/', import.meta.url));
export const migrationsDir = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** A small seeded PRNG (mulberry32): the same seed gives the same file and the same search terms every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(rand: Random, items: readonly T[]): T =>
  items[Math.floor(rand() * items.length)] as T;
const int = (rand: Random, min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));
const digits = (rand: Random, n: number): string => Array.from({ length: n }, () => int(rand, 0, 9)).join('');

export function benchServices(
  appDataDir: string,
  clock: Clock = fixedClock('2026-03-02T09:00:00Z'),
): Services {
  return createServices({
    appDataDir,
    migrationsDir,
    shell: 'web',
    version: 'bench',
    clock,
    onInternalError: (method, error) => {
      throw new Error(`internal error in ${method}: ${String(error instanceof Error ? error.stack : error)}`);
    },
  });
}

/** The cached file's name changes with the data version and with the migrations, so a stale file is never reused. */
export function benchFilePath(): string {
  const schema = createHash('sha256')
    .update(
      loadMigrations(migrationsDir)
        .map((m) => `${m.tag}:${m.hash}`)
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 10);
  return join(benchDir, `company-v${DATA_VERSION}-${schema}.ordo`);
}

// --- vocabulary (rules as data) ---------------------------------------------------------------------------

/** "a | b\n c" → ['a', 'b', 'c']: word lists stay compact and readable. */
const words = (list: string): string[] =>
  list
    .split(/[|\n]/)
    .map((w) => w.trim())
    .filter((w) => w !== '');

const surnames = words(`
  Byrne | Murphy | Kelly | O'Brien | Walsh | Doyle | McCarthy | Gallagher | Ryan | Nolan | Quinn | Fitzgerald
  Müller | Schmidt | Schneider | Fischer | Weber | Becker | Hoffmann | Lefèvre | Dubois | Moreau | Girard | Laurent
  de Jong | Jansen | de Vries | van den Berg | Bakker | Visser | Smith | Johnson | Williams | Brown | Garcia | Miller
  Davis | Wilson | Taylor | Clarke | Walker | Wright | Green | Hughes | Patel | Khan
`);
const places = words(`
  Harbour | Riverside | Market | Castle | Bridge | Hillside | Meadow | Oak | Willow | Granite | Atlantic | Northern
  Western | Coastal | Highland | Parkside | Old Town | Station | Quay | Abbey | Maple | Cedar | Silver | Golden
  Copper | Union | Lakeside | Bayview | Summit | Greenway | Kingfisher | Heron | Lark
`);
const trades = words(`
  Café | Coffee House | Bakery | Deli | Fine Foods | Kitchen | Bistro | Tearooms | Provisions | Catering | Hotel
  Restaurant | Grocers | Wholesale | Food Hall | Roasters | Pantry | Larder | Brasserie | Diner | Espresso Bar | Foods
  Trading | Hospitality | Supplies | Farm Shop | Patisserie | Juice Bar | Canteen
`);
const segments = words('Retail | Hospitality | Wholesale | Online');
const mailboxes = words('orders | accounts | info | hello | purchasing | ap | office | kitchen | buying');
const firstNames = words(`
  Aoife | Cian | Niamh | Sean | Emma | Jack | Lena | Jonas | Claire | Julien | Sanne | Pieter | Megan | Luis | Priya
  Oliver | Fatima | Tomasz | Hannah | David
`);
const tagPool = words(
  'key account | weekly delivery | pays early | slow payer | seasonal | webshop | export | pallet orders',
);
const streets = words(
  'Main Street | High Street | Market Square | Church Road | Quay Street | Mill Lane | Station Road',
);

interface Country {
  code: string;
  currency: ParsedCustomer['currency'];
  language: ParsedCustomer['language'];
  suffixes: string[];
  /** Top-level domain of the customers' e-mail addresses (the bench file is never used to send mail). */
  tld: string;
  cities: [city: string, region: string][];
  taxId: (rand: Random) => string;
  postalCode: (rand: Random) => string;
  weight: number;
}

const countries: Country[] = [
  {
    code: 'IE',
    currency: 'EUR',
    language: 'en',
    tld: 'ie',
    suffixes: ['Ltd', '', 'Group'],
    weight: 30,
    cities: [
      ['Dublin', 'Co. Dublin'],
      ['Cork', 'Co. Cork'],
      ['Galway', 'Co. Galway'],
      ['Limerick', 'Co. Limerick'],
      ['Sligo', 'Co. Sligo'],
    ],
    taxId: (r) => `IE${digits(r, 7)}${pick(r, ['A', 'H', 'K', 'W', 'T'])}${pick(r, ['', 'H', 'A'])}`,
    postalCode: (r) =>
      `${pick(r, ['D02', 'D08', 'T12', 'H91', 'V94', 'F91'])} ${String.fromCharCode(65 + int(r, 0, 25))}${digits(r, 3)}`,
  },
  {
    code: 'GB',
    currency: 'GBP',
    language: 'en',
    tld: 'co.uk',
    suffixes: ['Ltd', '& Co', ''],
    weight: 25,
    cities: [
      ['London', ''],
      ['Manchester', 'Greater Manchester'],
      ['Leeds', 'West Yorkshire'],
      ['Bristol', ''],
      ['Edinburgh', ''],
    ],
    taxId: (r) => `GB${digits(r, 9)}`,
    postalCode: (r) =>
      `${pick(r, ['N1', 'M4', 'LS1', 'BS1', 'EH6'])} ${int(r, 1, 9)}${pick(r, ['AB', 'QN', 'HH', 'TX'])}`,
  },
  {
    code: 'DE',
    currency: 'EUR',
    language: 'de',
    tld: 'de',
    suffixes: ['GmbH', 'KG', 'GmbH & Co. KG'],
    weight: 15,
    cities: [
      ['Berlin', 'Berlin'],
      ['München', 'Bayern'],
      ['Hamburg', 'Hamburg'],
      ['Köln', 'Nordrhein-Westfalen'],
    ],
    taxId: (r) => `DE${digits(r, 9)}`,
    postalCode: (r) => digits(r, 5),
  },
  {
    code: 'FR',
    currency: 'EUR',
    language: 'fr',
    tld: 'fr',
    suffixes: ['SARL', 'SAS'],
    weight: 10,
    cities: [
      ['Paris', 'Île-de-France'],
      ['Lyon', 'Auvergne-Rhône-Alpes'],
      ['Lille', 'Hauts-de-France'],
    ],
    taxId: (r) => `FR${digits(r, 11)}`,
    postalCode: (r) => digits(r, 5),
  },
  {
    code: 'NL',
    currency: 'EUR',
    language: 'nl',
    tld: 'nl',
    suffixes: ['B.V.'],
    weight: 8,
    cities: [
      ['Amsterdam', 'Noord-Holland'],
      ['Rotterdam', 'Zuid-Holland'],
      ['Utrecht', 'Utrecht'],
    ],
    taxId: (r) => `NL${digits(r, 9)}B01`,
    postalCode: (r) => `${int(r, 1000, 9999)} ${pick(r, ['AB', 'JC', 'JH', 'KL'])}`,
  },
  {
    code: 'US',
    currency: 'USD',
    language: 'en',
    tld: 'com',
    suffixes: ['LLC', 'Inc.', 'Co.'],
    weight: 12,
    cities: [
      ['Boston', 'MA'],
      ['Chicago', 'IL'],
      ['Portland', 'OR'],
      ['Austin', 'TX'],
      ['New York', 'NY'],
    ],
    taxId: (r) => `${digits(r, 2)}-${digits(r, 7)}`,
    postalCode: (r) => digits(r, 5),
  },
];
const countryWheel = countries.flatMap((c) => Array.from({ length: c.weight }, () => c));

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

function customerName(rand: Random, country: Country): string {
  const suffix = pick(rand, country.suffixes);
  const trade = pick(rand, trades);
  const name = pick(rand, [
    () => `${pick(rand, places)} ${trade}`,
    () => `${pick(rand, surnames)}'s ${trade}`,
    () => `The ${pick(rand, places)} ${trade}`,
    () => `${pick(rand, surnames)} & ${pick(rand, surnames)} ${trade}`,
    () => `${pick(rand, surnames)} ${trade}`,
  ])();
  return suffix ? `${name} ${suffix}` : name;
}

function makeCustomer(rand: Random, i: number, termIds: number[]): ParsedCustomer {
  const country = pick(rand, countryWheel);
  const name = customerName(rand, country);
  const domain = `${slug(name.split(' ').slice(0, 2).join('')).slice(0, 20)}${i.toString(36)}.${country.tld}`;
  const [city, region] = pick(rand, country.cities);
  const address = {
    line1: `${int(rand, 1, 240)} ${pick(rand, streets)}`,
    line2: '',
    postalCode: country.postalCode(rand),
    city,
    region,
    country: country.code,
  };
  const contacts = Array.from({ length: int(rand, 1, 2) }, (_, k) => {
    const first = pick(rand, firstNames);
    const last = pick(rand, surnames);
    return {
      name: `${first} ${last}`,
      email: `${slug(first)}.${slug(last)}@${domain}`,
      phone: '',
      role: k === 0 ? 'Owner' : 'Accounts',
      isPrimary: k === 0,
    };
  });
  return {
    name,
    email: `${pick(rand, mailboxes)}@${domain}`,
    phone: `+${int(rand, 1, 49)} ${digits(rand, 3)} ${digits(rand, 4)}`,
    website: `www.${domain}`,
    taxId: country.taxId(rand),
    currency: country.currency,
    paymentTermsId: rand() < 0.3 ? null : pick(rand, termIds),
    creditLimit: rand() < 0.1 ? null : int(rand, 5, 500) * 100_000,
    creditStop: false,
    overdueToleranceDays: 0,
    language: country.language,
    segment: pick(rand, segments),
    tags: rand() < 0.4 ? [pick(rand, tagPool)] : [],
    notes: rand() < 0.05 ? 'Deliveries before 08:00 only.' : '',
    billingAddress: address,
    shippingSameAsBilling: true,
    shippingAddress: address,
    contacts,
  };
}

const productLines: [code: string, item: string, unit: string, sizes: string[]][] = [
  ['COF', 'coffee beans', 'pcs', ['250 g', '500 g', '1 kg']],
  ['TEA', 'tea bags', 'box', ['50', '100', '500']],
  ['SYR', 'syrup', 'pcs', ['250 ml', '1 L']],
  ['MLK', 'barista drink', 'case', ['6 x 1 L', '12 x 1 L']],
  ['PAN', 'pantry staple', 'kg', ['1 kg', '5 kg', '10 kg']],
  ['BAK', 'frozen pastry', 'box', ['24', '48']],
  ['KIT', 'kitchen utensil', 'pcs', ['small', 'medium', 'large']],
  ['DSP', 'disposable cups', 'case', ['500', '1000']],
  ['CLN', 'cleaning agent', 'pcs', ['1 L', '5 L']],
];
const adjectives = [
  'Organic',
  'Premium',
  'Classic',
  'Fairtrade',
  'House',
  'Artisan',
  'Eco',
  'Professional',
  'Value',
  'Irish',
];

function makeProduct(rand: Random, i: number, taxRateIds: number[]): ParsedProduct {
  const [code, item, unit, sizes] = pick(rand, productLines);
  const size = pick(rand, sizes);
  const cents = int(rand, 50, 90_000);
  const isService = rand() < 0.02;
  return {
    sku: `${code}-${slug(item).slice(0, 4).toUpperCase()}-${String(i).padStart(5, '0')}`,
    name: `${pick(rand, adjectives)} ${item} ${size}`,
    description: '',
    unit,
    price: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
    taxRateId: pick(rand, taxRateIds),
    barcode: isService ? '' : ean13(`400${String(i).padStart(9, '0')}`),
    isStockTracked: !isService,
    allowNegativeStock: false,
  };
}

function fill(ctx: CompanyContext): void {
  const rand = mulberry32(0x0bd0 + DATA_VERSION);
  const taxRateIds = ctx.tx(() =>
    [
      { name: 'Standard 23%', ratePercent: '23', category: 'standard' as const },
      { name: 'Reduced 13.5%', ratePercent: '13.5', category: 'reduced' as const },
      { name: 'Zero 0%', ratePercent: '0', category: 'zero' as const },
    ].map((r) => createTaxRate(ctx, r).id),
  );
  const termIds = (
    ctx.sqlite.prepare('SELECT id FROM payment_terms ORDER BY id').all() as { id: number }[]
  ).map((t) => t.id);
  for (let start = 1; start <= CUSTOMER_COUNT; start += BATCH) {
    ctx.tx(() => {
      for (let i = start; i < start + BATCH && i <= CUSTOMER_COUNT; i += 1)
        insertCustomer(ctx, makeCustomer(rand, i, termIds));
    });
  }
  for (let start = 1; start <= PRODUCT_COUNT; start += BATCH) {
    ctx.tx(() => {
      for (let i = start; i < start + BATCH && i <= PRODUCT_COUNT; i += 1)
        insertProduct(ctx, makeProduct(rand, i, taxRateIds));
    });
  }
  // A few percent archived, as in a file that has been in use for years (archived is not indexed by FTS).
  ctx.tx(() => {
    ctx.sqlite.prepare('UPDATE customers SET archived = 1 WHERE id % 29 = 0').run();
    ctx.sqlite.prepare('UPDATE products SET archived = 1 WHERE id % 31 = 0').run();
  });
}

/** Returns the cached benchmark file, generating it first when missing. `generatedMs` is null for a cache hit. */
export async function ensureBenchFile(
  log: (line: string) => void,
): Promise<{ path: string; generatedMs: number | null }> {
  const path = benchFilePath();
  if (existsSync(path)) return { path, generatedMs: null };
  mkdirSync(benchDir, { recursive: true });
  // Files of older data versions or schemas are never read again; each is the size of a real company file.
  for (const stale of readdirSync(benchDir).filter((f) =>
    /^company-v\d+-[0-9a-f]+\.ordo(-wal|-shm)?$/.test(f),
  )) {
    rmSync(join(benchDir, stale), { force: true });
  }
  // Built under another name and renamed at the end, so an interrupted run never leaves a half file in the cache.
  const building = path.replace(/\.ordo$/, '.building.ordo');
  for (const p of [building, `${building}-wal`, `${building}-shm`]) rmSync(p, { force: true });
  log(
    `Generating ${CUSTOMER_COUNT.toLocaleString('en')} customers and ${PRODUCT_COUNT.toLocaleString('en')} products…`,
  );
  const started = performance.now();
  const services = benchServices(join(benchDir, 'appdata'));
  try {
    const created = await services.dispatch('company.create', {
      name: 'Bench Wholesale Ltd',
      baseCurrency: 'EUR',
      locale: 'en-IE',
      ownerName: 'Bench Owner',
      path: building,
    });
    if (!created.ok) throw new Error(`company.create failed: ${created.error.message}`);
    const ctx = services.session.require();
    const n = (v: number) => v.toLocaleString('en');
    const since = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;
    fill(ctx);
    log(`  in ${since(started)}`);
    log(
      `Generating ${n(RECEIVABLES_SIZES.invoices)} invoices and ${n(RECEIVABLES_SIZES.payments)} payments…`,
    );
    let t = performance.now();
    const r = fillReceivables(ctx, mulberry32(0x0a2c + DATA_VERSION));
    log(
      `  ${n(r.invoices)} posted invoices with ${n(r.invoiceLines)} lines, ${n(r.payments)} payments with ` +
        `${n(r.allocations)} allocations, ${n(r.journalLines)} journal lines, ${n(r.customers)} customers, in ${since(t)}`,
    );
    log(`Generating ${n(ORDER_COUNT)} orders…`);
    t = performance.now();
    const made = fillOrders(ctx, mulberry32(0x0c2c + DATA_VERSION));
    log(
      `  ${n(made.orders)} orders, ${n(made.lines)} order lines, ${n(made.reservations)} reservations, ` +
        `${n(made.shipments)} shipments, ${n(made.movements)} stock movements, in ${since(t)}`,
    );
  } finally {
    services.close();
  }
  renameSync(building, path);
  return { path, generatedMs: performance.now() - started };
}
