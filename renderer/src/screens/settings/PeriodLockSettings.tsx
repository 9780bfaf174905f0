// #/settings/period-lock — close the books up to a date, e.g. after filing a tax return.
import { useState, type FormEvent } from 'react';
import { useConfirm } from '../../components/ConfirmDialog';
import { TextField } from '../../components/Field';
import { Loading, QueryError } from '../../components/QueryError';
import { useToast } from '../../components/Toasts';
import { dateText } from '../../lib/format';
import { formErrorsOf } from '../../lib/formErrors';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';

export function PeriodLockSettings() {
  const settings = useOrdoQuery('settings.get', {});
  const confirm = useConfirm();
  const toast = useToast();
  const [date, setDate] = useState('');
  const setLock = useOrdoMutation('settings.setPeriodLock', { alsoInvalidates: ['ledger'] });
  const errors = formErrorsOf(setLock.error, { isShown: (path) => path === 'date' });

  if (settings.error) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return <Loading />;
  const { locale, periodLockDate } = settings.data;

  async function lock(event: FormEvent) {
    event.preventDefault();
    const isSure = await confirm({
      title: 'Lock the books?',
      message: `Nothing can be posted on or before ${date ? dateText(date, locale) : 'this date'}.`,
      confirmLabel: 'Lock period',
    });
    if (!isSure) return;
    setLock.mutate({ date }, { onSuccess: () => toast('Period locked') });
  }

  async function unlock() {
    const isSure = await confirm({
      title: 'Remove the period lock?',
      message: 'Entries could then be posted on any date again.',
      confirmLabel: 'Remove lock',
      destructive: true,
    });
    if (isSure) setLock.mutate({ date: null }, { onSuccess: () => toast('Period lock removed') });
  }

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">Period lock</h1>
      </header>
      <p className="explain">
        Lock the books once a period is final, for example after filing a tax return: nothing can then be
        posted on or before the lock date.
      </p>
      <p role="status" className="lock-status">
        {periodLockDate
          ? `The books are locked up to and including ${dateText(periodLockDate, locale)}.`
          : 'No period is locked.'}
      </p>
      {errors.general.length > 0 ? (
        <p className="field-error" role="alert">
          {errors.general.join(' ')}
        </p>
      ) : null}
      <form className="report-controls" onSubmit={(event) => void lock(event)} noValidate>
        <TextField
          label="Lock up to and including"
          type="date"
          value={date}
          onChange={setDate}
          error={errors.fields.date}
          required
        />
        <button type="submit" className="button-primary" disabled={date === '' || setLock.isPending}>
          Lock period
        </button>
        {periodLockDate ? (
          <button type="button" onClick={() => void unlock()} disabled={setLock.isPending}>
            Remove lock
          </button>
        ) : null}
      </form>
    </section>
  );
}
