// How every output writes a p-value; its own module, so the HTML viewer takes it without the report's model.

/** Formats a p-value: `0.002`, `<0.001`. */
export function formatP(p: number): string {
  if (p < 0.001) return '<0.001';
  return p >= 0.1 ? p.toFixed(2) : p.toFixed(3);
}
