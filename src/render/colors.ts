// Colours of the diff flame graph: red for more, green (or blue, colour-blind palette)
// for less, grey where the change is not significant or too small to matter; saturation
// grows with the change in points of the total and is full at the fail limit. Frames that
// only changed through their callees get a pale tone of the same hue, lighter than grey.

/** `default` red/green, `colorblind` red/blue. */
export type PaletteName = 'default' | 'colorblind';

const HUES: Record<PaletteName, { more: number; less: number }> = {
  default: { more: 2, less: 130 },
  colorblind: { more: 2, less: 215 },
};

/** Grey for frames without a significant change; two shades tell neighbours apart. */
export const GREYS = ['#dadada', '#cfcfcf'];
/** Merged sub-pixel frames. */
export const MERGED = '#ececec';

/** Returns the fill of a frame whose change is `strength` (0..1, of the fail limit) in a direction. */
export function changeColor(palette: PaletteName, direction: 1 | -1, strength: number): string {
  const hue = direction > 0 ? HUES[palette].more : HUES[palette].less;
  const s = Math.max(0, Math.min(1, strength));
  const saturation = 45 + 40 * s;
  const lightness = 84 - 32 * s;
  return hslToHex(hue, saturation, lightness);
}

/**
 * Returns the pale fill of a frame whose total changed only through its callees (`strength`
 * 0..1 of the fail limit): lighter than the greys, so it never reads as a cause or as unchanged.
 */
export function throughColor(palette: PaletteName, direction: 1 | -1, strength: number): string {
  const hue = direction > 0 ? HUES[palette].more : HUES[palette].less;
  const s = Math.max(0, Math.min(1, strength));
  return hslToHex(hue, 60 + 20 * s, 91 - 4 * s);
}

/** The dark outline of causes (solid) and of new and gone code (dashed), more or less. */
export function outlineColor(palette: PaletteName, direction: 1 | -1): string {
  return hslToHex(direction > 0 ? HUES[palette].more : HUES[palette].less, 80, 25);
}

/** A warm colour per package or module, as FlameGraph colours a plain flame graph. */
export function packageColor(pkg: string): string {
  let h = 2166136261;
  for (let i = 0; i < pkg.length; i++) h = Math.imul(h ^ pkg.charCodeAt(i), 16777619);
  const r = (h >>> 0) / 2 ** 32;
  const r2 = (Math.imul(h, 2654435761) >>> 0) / 2 ** 32;
  return hslToHex(8 + 42 * r, 70 + 20 * r2, 58 + 10 * r);
}

/** A cool blue per kernel function, so kernel time stands apart from the warm user code in a plain flame graph. */
export function kernelColor(name: string): string {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  const r = (h >>> 0) / 2 ** 32;
  return hslToHex(200 + 25 * r, 55 + 15 * r, 62 + 10 * r);
}

/** Returns the package or module of a function name (`encoding/json`, `java/util`, `std::io`). */
export function packageOf(name: string): string {
  const rust = /^<?([a-zA-Z_][\w]*(?:::[a-zA-Z_][\w]*)*)::[^:]+$/.exec(name);
  if (rust) return rust[1];
  const slash = name.lastIndexOf('/');
  const rest = name.slice(slash + 1);
  const dot = rest.indexOf('.');
  if (dot > 0) return name.slice(0, slash + 1 + dot);
  if (slash > 0) return name.slice(0, slash);
  return name;
}

function hslToHex(h: number, s: number, l: number): string {
  const sat = s / 100;
  const light = l / 100;
  const a = sat * Math.min(light, 1 - light);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const v = light - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255).toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
