// Kernel frames, as perf and stackcollapse-perf mark them: the `_[k]` suffix on the name,
// or the module `[kernel.kallsyms]`. A function never moves between kernel and user space.

/** A kernel frame's name or module. */
export const KERNEL_FRAME = /_\[k\]$|\[kernel\.kallsyms\]/;

/** True for a kernel frame, by its name or its module. */
export function isKernelFrame(name: string, module = ''): boolean {
  return KERNEL_FRAME.test(name) || KERNEL_FRAME.test(module);
}
