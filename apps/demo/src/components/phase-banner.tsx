export function PhaseBanner() {
  return (
    <div className="phase-banner">
      <strong className="tag tag--blue">Demo</strong>
      <span>Every person shown is fictional: synthetic data generated for demonstrations.</span>
    </div>
  );
}
