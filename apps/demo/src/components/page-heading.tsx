import { type ReactNode, useEffect, useRef } from 'react';

interface PageHeadingProps {
  readonly caption?: ReactNode;
  readonly children: ReactNode;
  /** Sets the document title. */
  readonly title: string;
}

/** The screen's h1. It takes focus when the screen opens, as a page load would. */
export function PageHeading({ caption, children, title }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Open Personal Budgets demo`;
    ref.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <>
      {caption && <span className="caption">{caption}</span>}
      <h1 className="heading-xl" tabIndex={-1} ref={ref}>
        {children}
      </h1>
    </>
  );
}
