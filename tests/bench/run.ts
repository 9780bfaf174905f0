// `npm run bench`: opens a generated company file (100k customers, 20k products, 200k orders, 200k invoices, 180k
// payments, ~1M journal lines) and prints how long the things a user waits for take, against their targets. A
// report, not a test: it exits 0 even when a target is missed.
import { copyFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { MethodName } from '../../shared/contract';
import type { CompanyContext } from '../../electron/context';
import { accountIdByRole } from '../../electron/ledger/accounts';
import { postEntry, type EntryDraft } from '../../electron/ledger/post';
import type { Services } from '../../electron/services';
import {
  benchDir,
  benchServices,
  CUSTOMER_COUNT,
  ensureBenchFile,
  mulberry32,
  pick,
  PRODUCT_COUNT,
  type Random,
} from './generate';
import { benchOrderToCash } from './orderBench';
import { ORDER_COUNT } from './orderData';
import { benchReceivables } from './receivablesBench';
import { RECEIVABLES_SIZES } from './receivablesData';
import { median, summarize, timeAsync, timeSync } from './stats';

const SEARCH_WARMUP = 30;
const POST_WARMUP = 50;
const POST_SAMPLES = 400;
const OPEN_SAMPLES = 5;

interface Row {
  name: string;
  measured: string;
  target: string;
  ok: boolean | null;
}
const rows: Row[] = [];
const ms = (v: number) => `${v < 10 ? v.toFixed(3) : v.toFixed(1)} ms`;
const report = (name: string, measured: string, target = '', ok: boolean | null = null) =>
  rows.push({ name, measured, target, ok });

async function call(services: Services, method: MethodName, input: unknown): Promise<unknown> {
  const result = await services.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value;
}

// --- search terms: what people type into the customer search box ------------------------------------------

type TermKind = 'name' | 'email' | 'tax id' | 'short prefix' | 'no hit';
const termMix: [TermKind, number][] = [
  ['name', 116],
  ['email', 48],
  ['tax id', 36],
  ['short prefix', 16],
  ['no hit', 24],
];
const noHits = ['zqxj', 'xylophone', 'qwv', 'jjjzz', 'kx9q', 'wqpl', 'zzyzx', 'vvqk'];

/** A 3–6 character piece of `text` as someone would type it: no leading or trailing space (those are trimmed away). */
function substring(rand: Random, text: string): string {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const len = Math.min(text.length, 3 + Math.floor(rand() * 4));
    const start = Math.floor(rand() * (text.length - len + 1));
    const piece = text.slice(start, start + len);
    if (piece.trim() === piece && piece.length >= 3) return piece;
  }
  return text.slice(0, 3);
}

function searchTerms(ctx: CompanyContext, rand: Random, scale: number): { kind: TermKind; term: string }[] {
  const customer = ctx.sqlite.prepare('SELECT name, email, tax_id AS taxId FROM customers WHERE id = ?');
  const some = () =>
    customer.get(1 + Math.floor(rand() * CUSTOMER_COUNT)) as { name: string; email: string; taxId: string };
  const make: Record<TermKind, () => string> = {
    name: () => substring(rand, some().name),
    email: () => substring(rand, some().email),
    'tax id': () => substring(rand, some().taxId.replace(/^[A-Z]+/, '')),
    'short prefix': () => some().name.slice(0, 1 + Math.floor(rand() * 2)),
    'no hit': () => pick(rand, noHits),
  };
  const terms = termMix.flatMap(([kind, n]) =>
    Array.from({ length: Math.max(1, Math.round(n * scale)) }, () => ({ kind, term: make[kind]() })),
  );
  // Fisher–Yates with the seeded generator, so kinds interleave and every run asks the same questions.
  for (let i = terms.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [terms[i], terms[j]] = [terms[j]!, terms[i]!];
  }
  return terms;
}

type SearchSample = { kind: TermKind; term: string; ms: number };

/** Reports search times and returns the slowest searches, to name them under the table. */
async function benchSearch(services: Services, ctx: CompanyContext): Promise<SearchSample[]> {
  const rand = mulberry32(20_260_302);
  for (const { term } of searchTerms(ctx, rand, SEARCH_WARMUP / 240))
    await call(services, 'customers.list', { search: term });
  const samples: SearchSample[] = [];
  for (const { kind, term } of searchTerms(ctx, rand, 1)) {
    samples.push({
      kind,
      term,
      ms: await timeAsync(() => call(services, 'customers.list', { search: term })),
    });
  }
  const all = summarize(samples.map((s) => s.ms));
  report(`customers.list search p95 (n=${all.n})`, ms(all.p95), '< 20 ms', all.p95 < 20);
  report('customers.list search median / p99', `${ms(all.median)} / ${ms(all.p99)}`);
  const longTerms = summarize(samples.filter((s) => s.kind !== 'short prefix').map((s) => s.ms));
  report(`  … p95 of 3+ character terms only (n=${longTerms.n})`, ms(longTerms.p95));
  for (const [kind] of termMix) {
    const s = summarize(samples.filter((x) => x.kind === kind).map((x) => x.ms));
    report(`  … ${kind} terms (n=${s.n}) median / max`, `${ms(s.median)} / ${ms(s.max)}`);
  }
  const browse: number[] = [];
  for (let i = 0; i < 50; i += 1) browse.push(await timeAsync(() => call(services, 'customers.list', {})));
  report('customers.list without search (first page), median', ms(median(browse)));
  return [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5);
}

// --- posting ------------------------------------------------------------------------------------------------

function tenLineEntry(ctx: CompanyContext, date: string): EntryDraft {
  const roles = [
    'bank',
    'cash',
    'write_offs',
    'fx_loss',
    'rounding',
    'revenue',
    'fee_income',
    'fx_gain',
    'equity',
    'tax_payable',
  ] as const;
  const amounts = [12_345, 6_789, 1_000, 250, 1, -15_000, -3_210, -1_775, -300, -100];
  return {
    date,
    description: 'Benchmark: ten-line journal entry',
    sourceType: 'manual',
    isManual: true,
    lines: roles.map((role, i) => ({
      accountId: accountIdByRole(ctx, role),
      amount: amounts[i]!,
      description: `Line ${i + 1}`,
    })),
  };
}

/** The floor: the same 1 + 10 rows through prepared statements in one transaction, without any checks. */
function rawInserter(ctx: CompanyContext, draft: EntryDraft): (n: number) => void {
  const entry = ctx.sqlite.prepare(
    `INSERT INTO journal_entries (number, date, description, currency, fx_rate, source_type, source_id, posted_at, posted_by)
     VALUES (?, ?, ?, 'EUR', '1', ?, NULL, ?, ?)`,
  );
  const line = ctx.sqlite.prepare(
    `INSERT INTO journal_lines (entry_id, line_no, account_id, description, amount, amount_base, customer_id, date)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?)`,
  );
  const insert = ctx.sqlite.transaction((n: number) => {
    const id = entry.run(
      `RAW-${n}`,
      draft.date,
      draft.description,
      'bench_raw',
      ctx.nowIso(),
      ctx.user.id,
    ).lastInsertRowid;
    draft.lines.forEach((l, i) =>
      line.run(id, i + 1, l.accountId, l.description ?? '', l.amount, l.amount, draft.date),
    );
  });
  return (n) => insert.immediate(n);
}

async function benchPosting(services: Services, ctx: CompanyContext): Promise<void> {
  const draft = tenLineEntry(ctx, '2026-03-02');
  const raw = rawInserter(ctx, draft);
  for (let i = 0; i < POST_WARMUP; i += 1) {
    postEntry(ctx, draft);
    raw(-i - 1);
  }
  // Interleaved, so both see the same cache, disk and file growth.
  const posted: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < POST_SAMPLES; i += 1) {
    posted.push(timeSync(() => postEntry(ctx, draft)));
    baseline.push(timeSync(() => raw(i)));
  }
  const post = median(posted);
  const floor = median(baseline);
  report(`postEntry, 10 lines, median (n=${POST_SAMPLES})`, ms(post), '< 1 ms', post < 1);
  report(`raw inserts of the same rows, median`, ms(floor));
  const ratio = (floor / post) * 100;
  report('postEntry efficiency = raw / postEntry', `${ratio.toFixed(0)} %`, '≥ 25 %', ratio >= 25);

  // The same work without a commit per entry (so without its fsync): what the checks, numbering and audit cost.
  const batch = 100;
  const perEntry = (fn: (i: number) => void) =>
    median(
      Array.from(
        { length: 5 },
        (_, round) =>
          timeSync(() =>
            ctx.tx(() => Array.from({ length: batch }, (_, i) => fn(1_000_000 + round * batch + i))),
          ) / batch,
      ),
    );
  const postCpu = perEntry(() => postEntry(ctx, draft));
  const rawCpu = perEntry((n) => raw(n));
  report(
    `  … without commit/fsync (${batch} per transaction): postEntry / raw`,
    `${ms(postCpu)} / ${ms(rawCpu)}`,
  );

  const input = {
    date: draft.date,
    description: draft.description,
    lines: draft.lines.map((l) => ({
      accountId: l.accountId,
      debit: Math.max(l.amount, 0),
      credit: Math.max(-l.amount, 0),
    })),
  };
  const viaDispatcher: number[] = [];
  for (let i = 0; i < 200; i += 1)
    viaDispatcher.push(await timeAsync(() => call(services, 'ledger.postEntry', input)));
  report('ledger.postEntry via dispatcher (+ zod, getEntry), median', ms(median(viaDispatcher)));
}

// --- main -----------------------------------------------------------------------------------------------------

function printTable(slowest: SearchSample[]): void {
  const header: Row = { name: 'benchmark', measured: 'measured', target: 'target', ok: null };
  const cells = (r: Row) => [r.name, r.measured, r.target, r.ok === null ? '' : r.ok ? '✓' : '✗'];
  const widths = [0, 1, 2, 3].map((c) =>
    Math.max(...[header, ...rows].map((r) => (cells(r)[c] ?? '').length), 2),
  );
  const line = (values: string[]) => `| ${values.map((v, c) => v.padEnd(widths[c]!)).join(' | ')} |`;
  console.log(line(['benchmark', 'measured', 'target', 'ok']));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cells(r)));
  console.log(`\nSlowest searches: ${slowest.map((s) => `"${s.term}" (${s.kind}) ${ms(s.ms)}`).join(', ')}`);
  const missed = rows.filter((r) => r.ok === false).length;
  console.log(missed === 0 ? 'All targets met.' : `✗ ${missed} target(s) missed — see the rows marked ✗.`);
}

async function main(): Promise<void> {
  const { path: cached, generatedMs } = await ensureBenchFile((l) => console.log(l));
  console.log(
    generatedMs === null
      ? `Using the cached file ${cached}`
      : `Generated ${cached} in ${(generatedMs / 1000).toFixed(1)} s`,
  );
  // Work on a copy: the cached file stays as generated, so every run measures the same data.
  const work = join(benchDir, 'run.ordo');
  for (const p of [work, `${work}-wal`, `${work}-shm`]) rmSync(p, { force: true });
  copyFileSync(cached, work);

  // Other work on the machine shows in every figure: the table says how busy it was.
  const loadAtStart = loadavg()[0]!;
  const services = benchServices(join(benchDir, 'appdata-run'));
  let slowest: SearchSample[] = [];
  try {
    const opens: number[] = [];
    for (let i = 0; i < OPEN_SAMPLES; i += 1) {
      if (i > 0) await call(services, 'company.close', {});
      opens.push(await timeAsync(() => call(services, 'company.open', { path: work })));
    }
    const open = median(opens);
    report(
      `open company file, median of ${OPEN_SAMPLES} (first ${ms(opens[0]!)})`,
      ms(open),
      '< 1000 ms',
      open < 1000,
    );
    // Opening checks the whole file first (PRAGMA quick_check), so its time grows with the file's size.
    const check = new Database(work, { readonly: true, fileMustExist: true });
    const quickCheck = timeSync(() => check.pragma('quick_check', { simple: true }));
    check.close();
    report('  … of which the integrity check (PRAGMA quick_check of the whole file)', ms(quickCheck));
    const ctx = services.session.require();
    slowest = await benchSearch(services, ctx);
    await benchPosting(services, ctx);
    await benchOrderToCash(services, ctx, report, mulberry32(20_260_303));
    await benchReceivables(services, ctx, report, mulberry32(20_260_304));
  } finally {
    services.close();
    for (const p of [work, `${work}-wal`, `${work}-shm`]) rmSync(p, { force: true });
  }
  const size = statSync(cached).size;
  report(
    `company file size (${(
      [
        [CUSTOMER_COUNT, 'customers'],
        [PRODUCT_COUNT, 'products'],
        [ORDER_COUNT, 'orders'],
        [RECEIVABLES_SIZES.invoices, 'invoices'],
        [RECEIVABLES_SIZES.payments, 'payments'],
      ] as const
    )
      .map(([count, what]) => `${count.toLocaleString('en')} ${what}`)
      .join(', ')})`,
    `${(size / 1024 / 1024).toFixed(1)} MB`,
  );
  report(
    `machine load average (1 min) at start / end, ${cpus().length} cores`,
    `${loadAtStart.toFixed(1)} / ${loadavg()[0]!.toFixed(1)}`,
  );
  printTable(slowest);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
