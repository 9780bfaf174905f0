// #/settings/backup — a copy of the company file, made while the app keeps running.
import { Loading } from '../../components/QueryError';
import { bytesText } from '../../lib/format';
import { useOrdoMutation } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';

export function BackupSettings() {
  const { locale } = useCompanyLocale();
  const backup = useOrdoMutation('company.backup');
  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">Backup</h1>
      </header>
      <p>Make a copy of the whole company file. Keep copies on another disk or computer.</p>
      <button
        type="button"
        className="button-primary"
        onClick={() => backup.mutate({})}
        disabled={backup.isPending}
      >
        Back up now
      </button>
      {backup.isPending ? <Loading what="Backing up…" /> : null}
      {backup.error ? (
        <p className="field-error" role="alert">
          {backup.error.message}
        </p>
      ) : null}
      {backup.data ? (
        <div role="status" className="explain">
          <p>Backup saved.</p>
          <dl className="facts">
            <dt>File</dt>
            <dd>
              <code>{backup.data.path}</code>
            </dd>
            <dt>Size</dt>
            <dd>{bytesText(backup.data.bytes, locale)}</dd>
          </dl>
        </div>
      ) : null}
    </section>
  );
}
