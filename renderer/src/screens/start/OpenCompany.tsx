// Other ways in: the demo company, recently used files, or a company file by its path.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CompanyInfo } from '../../../../shared/contract';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Field';
import { formErrorsOf } from '../../lib/formErrors';
import { dateTimeText } from '../../lib/format';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';

interface OpenCompanyProps {
  autoFocus: boolean;
  onOpened: (company: CompanyInfo) => void;
}

export function OpenCompany({ autoFocus, onOpened }: OpenCompanyProps) {
  const recent = useOrdoQuery('company.recent', {});
  const open = useOrdoMutation('company.open', { onSuccess: onOpened });
  const demo = useOrdoMutation('company.openDemo', { onSuccess: onOpened });
  const [path, setPath] = useState('');
  const idPrefix = useId();
  const pathInput = useRef<HTMLInputElement>(null);
  const openErrors = formErrorsOf(open.error, { isShown: (field) => field === 'path' });
  const demoErrors = formErrorsOf(demo.error, { isShown: () => false });
  const locale = navigator.language || 'en-US';

  useEffect(() => {
    if (autoFocus) pathInput.current?.focus();
  }, [autoFocus]);

  function submit(event: FormEvent) {
    event.preventDefault();
    open.mutate({ path });
  }

  return (
    <div className="start-side">
      <section aria-labelledby="demo-title" className="card">
        <h2 id="demo-title">Try Ordo</h2>
        <p>Look around a sample business with customers, products and bookings.</p>
        <ErrorSummary errors={demoErrors} title="Could not open the demo company" />
        <button type="button" onClick={() => demo.mutate({})} disabled={demo.isPending}>
          Open the demo company
        </button>
      </section>

      <section aria-labelledby="recent-title" className="card">
        <h2 id="recent-title">Recent companies</h2>
        {recent.data && recent.data.length === 0 ? <p className="muted">No company opened yet.</p> : null}
        <ul className="recent-files">
          {recent.data?.map((file, index) => (
            <li key={file.path} className={file.exists ? undefined : 'missing'}>
              <button
                type="button"
                className="recent-open"
                disabled={!file.exists || open.isPending}
                onClick={() => open.mutate({ path: file.path })}
                aria-describedby={`${idPrefix}-${index}`}
              >
                {file.name}
              </button>
              <span id={`${idPrefix}-${index}`} className="recent-path">
                {file.exists ? file.path : `${file.path} — file not found`}
              </span>
              <span className="recent-when">Last opened {dateTimeText(file.lastOpenedAt, locale)}</span>
            </li>
          ))}
        </ul>
      </section>

      <form className="card form" onSubmit={submit} noValidate aria-labelledby="open-path-title">
        <h2 id="open-path-title">Open a company file</h2>
        <ErrorSummary errors={{ fields: {}, general: openErrors.general }} title="Could not open the file" />
        <TextField
          label="Path to the company file"
          value={path}
          onChange={setPath}
          error={openErrors.fields.path}
          inputRef={pathInput}
          placeholder="/Users/me/Documents/My Shop.ordo"
          spellCheck={false}
        />
        <div className="form-actions">
          <button type="submit" disabled={open.isPending}>
            Open
          </button>
        </div>
      </form>
    </div>
  );
}
