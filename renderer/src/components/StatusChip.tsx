// Status chips in the colours of ui.md; the word is always shown, so colour is never the only signal.
export type Tone = 'draft' | 'open' | 'warning' | 'danger' | 'done' | 'muted';

export function StatusChip({ tone, children }: { tone: Tone; children: string }) {
  return <span className={`chip chip-${tone}`}>{children}</span>;
}

export function ArchivedChip({ archived }: { archived: boolean }) {
  return archived ? (
    <StatusChip tone="muted">Archived</StatusChip>
  ) : (
    <StatusChip tone="done">Active</StatusChip>
  );
}
