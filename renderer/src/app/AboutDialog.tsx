// "About Ordo": name, version and which shell runs it.
import { Dialog } from '../components/Dialog';
import { Loading, QueryError } from '../components/QueryError';
import { useOrdoQuery } from '../lib/queries';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const info = useOrdoQuery('app.info', {});
  return (
    <Dialog
      title="About Ordo"
      onClose={onClose}
      actions={
        <button type="button" className="button-primary" onClick={onClose}>
          Close
        </button>
      }
    >
      {info.error ? <QueryError error={info.error} /> : null}
      {info.data ? (
        <dl className="facts">
          <dt>Application</dt>
          <dd>{info.data.name}</dd>
          <dt>Version</dt>
          <dd>{info.data.version}</dd>
          <dt>Running in</dt>
          <dd>{info.data.shell === 'electron' ? 'Desktop app' : 'Browser'}</dd>
        </dl>
      ) : (
        !info.error && <Loading />
      )}
      <p className="muted">Order-to-cash for small businesses. Your company file stays on this computer.</p>
    </Dialog>
  );
}
