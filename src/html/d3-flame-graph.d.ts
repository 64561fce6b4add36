// The parts of d3-flame-graph 5 (https://github.com/spiermar/d3-flame-graph) the viewer uses;
// the package ships no types.
declare module 'd3-flame-graph' {
  /** A d3-hierarchy node over the viewer's data. */
  export interface FlameNode<T> {
    data: T;
    parent: FlameNode<T> | null;
    children?: FlameNode<T>[];
    depth: number;
    /** Left and right edge as fractions of the root's width (d3.partition), after the last update. */
    x0: number;
    x1: number;
    highlight?: boolean;
    ancestors(): FlameNode<T>[];
  }

  export interface Tooltip<T> {
    (selection: unknown): void;
    show(event: MouseEvent, d: FlameNode<T>): void;
    hide(): void;
  }

  export interface FlameGraph<T> {
    (selection: unknown): void;
    width(px: number): FlameGraph<T>;
    cellHeight(px: number): FlameGraph<T>;
    minFrameSize(px: number): FlameGraph<T>;
    resetHeightOnZoom(on: boolean): FlameGraph<T>;
    transitionDuration(ms: number): FlameGraph<T>;
    inverted(): boolean;
    inverted(on: boolean): FlameGraph<T>;
    sort(on: boolean | ((a: FlameNode<T>, b: FlameNode<T>) => number)): FlameGraph<T>;
    selfValue(on: boolean): FlameGraph<T>;
    getName(f: (d: FlameNode<T>) => string): FlameGraph<T>;
    getValue(f: (d: T) => number): FlameGraph<T>;
    getChildren(f: (d: T) => T[] | undefined): FlameGraph<T>;
    setColorMapper(f: (d: FlameNode<T>, original: string) => string): FlameGraph<T>;
    setSearchMatch(f: (d: FlameNode<T>, term: string) => boolean): FlameGraph<T>;
    setSearchHandler(f: (results: FlameNode<T>[], sum: number, total: number) => void): FlameGraph<T>;
    setDetailsHandler(f: (text: string | null) => void): FlameGraph<T>;
    setLabelHandler(f: (d: FlameNode<T>) => string): FlameGraph<T>;
    tooltip(tip: Tooltip<T>): FlameGraph<T>;
    onClick(f: (d: FlameNode<T>) => void): FlameGraph<T>;
    search(term: string): void;
    clear(): void;
    zoomTo(d: FlameNode<T>): void;
    resetZoom(): void;
    update(): void;
  }

  export default function flamegraph<T>(): FlameGraph<T>;
}

declare module 'd3-selection' {
  export function select(element: Element): { datum(data: unknown): { call(f: unknown): void } };
}

declare module '*.css' {
  const text: string;
  export default text;
}
