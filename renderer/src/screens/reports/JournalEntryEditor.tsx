// #/reports/journal/new — a manual journal entry: date, description, balanced lines, then Post (irreversible).
import { useState } from 'react';
import { navigate } from '../../app/router';
import { useConfirm } from '../../components/ConfirmDialog';
import { EditorFrame } from '../../components/EditorFrame';
import { TextField } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { draftPathOf, newLine, readDraft } from './journalDraft';
import { JournalLinesGrid } from './JournalLinesGrid';

export function JournalEntryEditor() {
  const { locale, baseCurrency } = useCompanyLocale();
  const confirm = useConfirm();
  const toast = useToast();
  const [date, setDate] = useState(todayIso);
  const [description, setDescription] = useState('');
  const [lines, setLines] = useState(() => [newLine(), newLine()]);
  const accounts = useOrdoQuery('accounts.list', { includeArchived: false });
  const post = useOrdoMutation('ledger.postEntry', {
    alsoInvalidates: ['accounts'],
    onSuccess: (entry) => {
      toast(`Journal entry ${entry.number} posted`);
      navigate(`/reports/journal/${entry.id}`);
    },
  });

  const reading = readDraft({ date, description, lines }, baseCurrency, locale);
  const remote = formErrorsOf(post.error, {
    isShown: (path) =>
      path === 'date' ||
      path === 'description' ||
      /^lines\.\d+\.(accountId|debit|credit|description)$/.test(path),
    normalize: (path) => draftPathOf(path, reading.draftIndexOf),
  });
  // Amounts that do not read are marked in the grid as you type; the summary is for what main answered.
  const errors = mergeErrors(reading.problems, remote);
  const isDirty =
    description !== '' || lines.some((l) => l.accountId || l.debit || l.credit || l.description);

  async function submit() {
    if (reading.blocker) return;
    const isSure = await confirm({
      title: 'Post journal entry?',
      message: 'Posted entries cannot be changed.',
      confirmLabel: 'Post journal entry',
    });
    if (isSure) post.mutate(reading.input);
  }

  return (
    <EditorFrame
      title="New journal entry"
      noun="journal entry"
      backPath="/reports/journal"
      backLabel="Journal"
      saveLabel="Post journal entry"
      isSaving={post.isPending}
      isDirty={isDirty}
      errors={remote}
      onSave={() => void submit()}
      canSave={reading.blocker === null}
      saveBlocker={reading.blocker}
    >
      <fieldset className="section">
        <legend>Entry</legend>
        <div className="field-grid">
          <TextField
            label="Date"
            type="date"
            value={date}
            onChange={setDate}
            error={errors.fields.date}
            required
          />
          <TextField
            label="Description"
            value={description}
            onChange={setDescription}
            error={errors.fields.description}
            required
            hint="Say why, e.g. “Owner pays in start capital”."
          />
        </div>
      </fieldset>
      <fieldset className="section">
        <legend>Lines in {baseCurrency}</legend>
        <JournalLinesGrid
          lines={lines}
          onChange={setLines}
          accounts={accounts.data ?? []}
          errors={errors.fields}
          totals={{ debit: reading.totalDebit, credit: reading.totalCredit, difference: reading.difference }}
        />
      </fieldset>
    </EditorFrame>
  );
}
