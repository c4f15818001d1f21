/** A one-line result of an action: polite for success, assertive for an error. */
export interface StatusMessage {
  text: string;
  error?: boolean;
}

/**
 * Both live regions are always in the page, empty until a result arrives: screen readers announce a change
 * inside a region they already know, and often miss a region inserted together with its text.
 */
export function Status({ status }: { status: StatusMessage | undefined }) {
  const text = status?.text ?? '';
  return (
    <>
      <p class="status" role="status">
        {status?.error ? '' : text}
      </p>
      <p class="status error" role="alert">
        {status?.error ? text : ''}
      </p>
    </>
  );
}
