import { hrefOf } from './router';

export function NotFound() {
  return (
    <section className="screen">
      <h1>Page not found</h1>
      <p>
        This address does not lead anywhere in Ordo. <a href={hrefOf('/customers')}>Go to customers</a>.
      </p>
    </section>
  );
}
