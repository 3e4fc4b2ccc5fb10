import { useEffect, useRef } from 'react';

interface ErrorSummaryProps {
  readonly title?: string;
  readonly message: string;
}

/** A GOV.UK-style error summary that takes focus, so that screen readers announce it. */
export function ErrorSummary({ title = 'There is a problem', message }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <p>{message}</p>
    </div>
  );
}
