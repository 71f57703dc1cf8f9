import type { FieldError } from '../../errors';
import { Layout } from '../layout';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Sign-in needed',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  429: 'Too many requests',
  500: 'Something went wrong',
  503: 'The ledger is not answering',
};

/**
 * An error as a page: its status, what went wrong in words, each parameter at fault, and for the ledger's own faults
 * the reference its log has them under (the request's id).
 */
export function ErrorPage({
  status,
  message,
  errors = [],
  reference,
  withoutQuery,
}: {
  status: number;
  message: string;
  errors?: FieldError[];
  reference?: string;
  /** For a page refused for its query string: the same page's path, to open without it. */
  withoutQuery?: string;
}) {
  const title = TITLES[status] ?? 'Error';
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="error-message">{message}</p>
      {errors.length > 0 && (
        <ul class="field-errors">
          {errors.map((e) => (
            <li>
              <code>{e.field}</code> {e.message}
            </li>
          ))}
        </ul>
      )}
      {status === 503 && <p>Nothing was lost: reload the page in a few seconds.</p>}
      {reference && (
        <p>
          Reference, if you report it: <code>{reference}</code>
        </p>
      )}
      {withoutQuery && (
        <p>
          <a href={withoutQuery}>The same page without these parameters</a>
        </p>
      )}
      <p>
        <a href="/">Search the ledger</a>
      </p>
    </Layout>
  );
}
