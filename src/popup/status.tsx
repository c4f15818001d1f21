/** A one-line result of an action: polite for success, assertive for an error. Empty renders nothing. */
export interface StatusMessage {
  text: string;
  error?: boolean;
}

export function Status({ status }: { status: StatusMessage | undefined }) {
  if (!status?.text) return null;
  return (
    <p class={status.error ? 'status error' : 'status'} role={status.error ? 'alert' : 'status'}>
      {status.text}
    </p>
  );
}
