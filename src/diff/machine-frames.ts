// Frames that measure the machine rather than the code: preemption and signal handling,
// garbage collection, interrupt handling and idle. How often they are sampled follows how
// busy the runner was (Go's runtime.asyncPreempt held 2-39% of a benchmark's samples on a
// loaded machine and 0-3% on a quiet one; kernel interrupt frames 0.4% against 7.7% of a C
// program's), so they are judged as a difference between runners: never a regression on
// their own, never a vote in the runner's drift, and reported with their share per side.
//
// Recognised from what the profile says: the source file where it names one (Go's runtime
// files mgc*.go, preempt*.s, signal_*.go; other runtime files by the function's name), the kernel marker (`_[k]`, `[kernel.kallsyms]`)
// for interrupt frames, V8's and the Firefox profiler's pseudo-frames; names alone only for
// runtimes whose names are their own namespace (Go's `runtime.` package).
import { KERNEL_FRAME } from '../model/kernel';

/** What a machine frame measures. */
export type MachineKind = 'preemption' | 'gc' | 'interrupt' | 'idle';

// GOROOT/src/runtime/x.go, or runtime/x.go in binaries built with -trimpath.
const GO_RUNTIME_FILE = /(^|\/src\/)runtime\/([^/]+)$/;
const GO_FILE_KIND: [RegExp, MachineKind][] = [
  [/^(preempt|signal_|sigqueue)[^/]*$/, 'preemption'],
  [/^(mgc|mwbbuf|mfinal)[^/]*$/, 'gc'],
];
// Go's runtime functions by name, for stacks without files (folded, perf of Go binaries).
const GO_NAMES: [RegExp, MachineKind][] = [
  [/^runtime\.(asyncPreempt2?|sigtramp(go)?|sighandler|sigreturn\w*|sigprof|preemptPark|gopreempt_m|doSigPreempt|wantAsyncPreempt|isAsyncSafePoint|adjustSignalStack|sigFetchG|badsignal\w*|sigsave)$/, 'preemption'],
  [/^runtime\.(gc[A-Z]\w*|bgsweep|bgscavenge|sweepone|freeSomeWbufs|scanobject|scanblock|scanstack|scanframeworker|greyobject|markroot\w*|markBits\w*|wbBuf\w*|gcWriteBarrier\w*|wbMove|bulkBarrierPreWrite\w*|typePointers\w*|shade|findObject|spanOf\w*|pageIndexOf|(\(\*gcWork\)|\(\*gcControllerState\)|\(\*mheap\)\.(reclaim|scavenge)\w*|\(\*sweepLocked\)|\(\*mspan\)\.(sweep|markBitsForIndex|typePointersOf\w*)|\(\*pageAlloc\)\.scavenge\w*|\(\*scavengerState\))[.\w]*|forEachP|stopTheWorld\w*|startTheWorld\w*|finishsweep_m|mProf_\w*)$/, 'gc'],
  [/^runtime\.(mcall|park_m|schedule|findRunnable|findrunnable|stopm|notesleep|netpoll\w*|runqgrab|stealWork|checkTimers|mPark|runtime\.idle)$/, 'idle'],
];
const KERNEL_NAMES: [RegExp, MachineKind][] = [
  [/^(asm_)?(sysvec_\w+|common_interrupt|asm_common_interrupt|__sysvec_\w+|irq_\w+|__irq_\w+|irqentry_\w+|handle_irq\w*|handle_edge_irq|handle_fasteoi_irq|do_softirq\w*|__do_softirq|handle_softirqs|run_timer_softirq|hrtimer_interrupt|__hrtimer_run_queues|tick_sched_timer|tick_sched_handle|update_process_times|scheduler_tick|sched_tick|apic_timer_interrupt|smp_apic_timer_interrupt|local_apic_timer_interrupt|ret_from_intr|native_apic_\w+|rcu_core\w*|rcu_sched_clock_irq|task_tick_fair|perf_event_task_tick|__perf_event_task_sched_\w+|entry_SYSCALL_64_after_hwframe_irq)(_\[k\])?$/, 'interrupt'],
  [/^(\w*irq_enable\w*|\w*irqrestore|__raw_callee_save_\w*irq\w*|finish_task_switch\w*|__schedule|schedule|preempt_schedule\w*|__cond_resched|_cond_resched)(_\[k\])?$/, 'preemption'],
  [/^(cpu_idle\w*|do_idle|default_idle\w*|intel_idle\w*|poll_idle|acpi_idle_\w+|cpuidle_\w+|arch_cpu_idle\w*|mwait_idle\w*|native_safe_halt|swapper)(_\[k\])?$/, 'idle'],
];
const PSEUDO: [RegExp, MachineKind][] = [
  [/^\((garbage collector|GC)\)$/, 'gc'], // V8 .cpuprofile, Firefox
  [/^\((idle|program)\)$/, 'idle'],
];

/**
 * Returns what a frame measures when it measures the machine (`preemption`, `gc`,
 * `interrupt`, `idle`), else undefined. `file` is the source file the profile names for
 * the function ('' when none).
 */
export function machineFrameKind(name: string, file = ''): MachineKind | undefined {
  const goFile = GO_RUNTIME_FILE.exec(file);
  if (goFile) {
    for (const [pattern, kind] of GO_FILE_KIND) if (pattern.test(goFile[2])) return kind;
  }
  if (name.startsWith('runtime.') && (file === '' || goFile)) {
    for (const [pattern, kind] of GO_NAMES) if (pattern.test(name)) return kind;
  }
  if (KERNEL_FRAME.test(name) || KERNEL_FRAME.test(file)) {
    const bare = name.replace(/_\[k\]$/, '');
    for (const [pattern, kind] of KERNEL_NAMES) if (pattern.test(bare)) return kind;
  }
  if (name.startsWith('(')) for (const [pattern, kind] of PSEUDO) if (pattern.test(name)) return kind;
  return undefined;
}

/**
 * Marks every node of a call tree that lies in a machine frame's subtree: what a
 * preemption signal or a GC worker runs below it is the machine's too. `parent[n] < n`
 * for every node but the root (node 0). Returns one byte per node (1 = machine).
 */
export function markMachineNodes(parent: ArrayLike<number>, func: ArrayLike<number>, isMachineFunction: Uint8Array): Uint8Array {
  const marked = new Uint8Array(parent.length);
  for (let node = 1; node < parent.length; node++) marked[node] = marked[parent[node]] | isMachineFunction[func[node]];
  return marked;
}
