/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = require("node:worker_threads");
;// CONCATENATED MODULE: ./lib/errors.js
/**
 * The user's mistakes: a bad option, an unreadable profile, a broken rule. The message is
 * one line that says where, what was found and what was expected; the edge prints it and
 * exits 2. Everything that is not an InputError is a bug or an infrastructure failure.
 */
class errors_InputError extends Error {
    name = 'InputError';
    /** The message is kept to one line: text quoted from the input may hold line breaks. */
    constructor(message) {
        super(message.replace(/[\r\n\u2028\u2029]+/g, ' '));
    }
}
/** Quotes a value for an error message: short, one line, control characters made visible. */
function errors_quote(value, max = 200) {
    const cut = value.length > max ? `${value.slice(0, max)}…` : value;
    return `'${cut.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}'`;
}
/** Shows a value read from input in a message: a finite number as it is, anything else quoted. */
function quoteValue(value) {
    return typeof value === 'number' && Number.isFinite(value) ? String(value) : errors_quote(String(value));
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: ./lib/model/pair-map.js
// A hash map from a pair of non-negative int32 (parent node, function) to an int32, with
// open addressing in typed arrays. Written by hand because Map with packed double keys
// spent a third of a large profile's compare in hashing (1.1 s of 3.9 s on large.cpu).
/** Maps (a, b) pairs of non-negative int32 to non-negative int32 values. */
class PairMap {
    keysA;
    keysB;
    values;
    mask;
    count = 0;
    constructor(capacity = 1024) {
        let size = 16;
        while (size < capacity * 2)
            size *= 2;
        this.keysA = new Int32Array(size).fill(-1);
        this.keysB = new Int32Array(size);
        this.values = new Int32Array(size);
        this.mask = size - 1;
    }
    /** Returns the value of (a, b), or -1 when absent. */
    get(a, b) {
        let slot = hash(a, b) & this.mask;
        for (;;) {
            const ka = this.keysA[slot];
            if (ka === -1)
                return -1;
            if (ka === a && this.keysB[slot] === b)
                return this.values[slot];
            slot = (slot + 1) & this.mask;
        }
    }
    /** Sets the value of (a, b). */
    set(a, b, value) {
        if ((this.count + 1) * 2 > this.keysA.length)
            this.grow();
        let slot = hash(a, b) & this.mask;
        for (;;) {
            const ka = this.keysA[slot];
            if (ka === -1) {
                this.keysA[slot] = a;
                this.keysB[slot] = b;
                this.values[slot] = value;
                this.count++;
                return;
            }
            if (ka === a && this.keysB[slot] === b) {
                this.values[slot] = value;
                return;
            }
            slot = (slot + 1) & this.mask;
        }
    }
    grow() {
        const { keysA, keysB, values } = this;
        this.keysA = new Int32Array(keysA.length * 2).fill(-1);
        this.keysB = new Int32Array(keysA.length * 2);
        this.values = new Int32Array(keysA.length * 2);
        this.mask = this.keysA.length - 1;
        this.count = 0;
        for (let i = 0; i < keysA.length; i++)
            if (keysA[i] !== -1)
                this.set(keysA[i], keysB[i], values[i]);
    }
}
// MurmurHash3's finalizer over the two keys mixed.
function hash(a, b) {
    let h = (Math.imul(a, 0x9e3779b1) + b) | 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}

;// CONCATENATED MODULE: ./lib/model/node-table.js
// The nodes of a call tree as they are built: parent, function and child links in typed
// arrays. Children are found through a short linked list (most nodes have one or two),
// and through a hash map only for nodes with many children. Written by hand because the
// map alone cost most of a large profile's parse: one random access into a table of
// tens of megabytes per frame, and memory on a fresh page is slow to touch the first time
// (about 15 µs per 4 KiB page on the machine of DESIGN section 8's figures).

/** Children past this many are also kept in the hash map. */
const WIDE = 8;
/** A first guess of capacity above this is capped; the arrays double past it. */
const MAX_INITIAL = 1 << 24;
const NONE = -1;
/** A growing table of call-tree nodes; node 0 is the root. */
class NodeTable {
    parent;
    func;
    /** First child of each node (the one added last), -1 for none; children chain through nextSibling. */
    firstChild;
    nextSibling;
    childCount;
    wide = new PairMap(64);
    /** Nodes in use. */
    size = 1;
    /**
     * `capacity` may be generous: pages of a typed array that are never written cost no
     * memory, so a high guess is cheaper than growing (which copies and touches every page).
     */
    constructor(capacity = 1024) {
        const n = Math.max(16, Math.min(Math.ceil(capacity), MAX_INITIAL));
        this.parent = new Int32Array(n);
        this.func = new Int32Array(n);
        this.firstChild = new Int32Array(n).fill(NONE, 0, 1);
        this.nextSibling = new Int32Array(n);
        this.childCount = new Uint8Array(n);
        this.parent[0] = NONE;
        this.func[0] = NONE;
    }
    /** Allocated node slots; columns kept beside the table grow to this. */
    get capacity() {
        return this.parent.length;
    }
    /** Returns the child of `node` for function `fn`, or -1. */
    find(node, fn) {
        if (this.childCount[node] > WIDE)
            return this.wide.get(node, fn);
        for (let c = this.firstChild[node]; c !== NONE; c = this.nextSibling[c])
            if (this.func[c] === fn)
                return c;
        return NONE;
    }
    /** Returns the child of `node` for function `fn`, adding it when new. */
    child(node, fn) {
        const found = this.find(node, fn);
        if (found !== NONE)
            return found;
        const id = this.size++;
        if (id === this.parent.length)
            this.grow();
        this.attach(id, node, fn);
        return id;
    }
    /**
     * Returns a table holding the nodes of a tree whose paths are distinct (one profile's
     * call tree), without looking any of them up: parents come before their children.
     */
    static from(parent, func, capacity) {
        const table = new NodeTable(Math.max(capacity, parent.length));
        const n = parent.length;
        while (table.parent.length < n)
            table.grow();
        for (let node = 1; node < n; node++)
            table.attach(node, parent[node], func[node]);
        table.size = Math.max(1, n);
        return table;
    }
    /** Makes `id` the child of `node` for function `fn`. */
    attach(id, node, fn) {
        this.parent[id] = node;
        this.func[id] = fn;
        this.firstChild[id] = NONE;
        this.nextSibling[id] = this.firstChild[node];
        this.firstChild[node] = id;
        const count = this.childCount[node];
        if (count < 255)
            this.childCount[node] = count + 1;
        if (count === WIDE) {
            for (let c = this.firstChild[node]; c !== NONE; c = this.nextSibling[c])
                this.wide.set(node, this.func[c], c);
        }
        else if (count > WIDE)
            this.wide.set(node, fn, id);
    }
    grow() {
        this.parent = doubled(this.parent);
        this.func = doubled(this.func);
        this.firstChild = doubled(this.firstChild);
        this.nextSibling = doubled(this.nextSibling);
        this.childCount = doubled(this.childCount);
    }
}
/** Returns a copy of `array` with twice the length (or `length`, when given and longer). */
function doubled(array, length = array.length * 2) {
    const bigger = new array.constructor(Math.max(length, array.length * 2));
    bigger.set(array);
    return bigger;
}

;// CONCATENATED MODULE: ./lib/model/call-tree.js

/** Caps that keep a hostile profile from exhausting memory; far above real profiles. */
const LIMITS = {
    /** Distinct functions in one profile (in all of them together when they share one table); more is an error. */
    functions: 1_000_000,
    /** Frames in one stack; deeper stacks keep their leaf-most frames, with a note. */
    depth: 4096,
    /** Characters of a function name; longer names are cut, with a note. */
    name: 4096,
};
/** A profile past a hard limit (LIMITS.functions). */
class LimitError extends Error {
}
/**
 * Nodes and function names shared by the call trees of several profiles read one after
 * another: each profile's tree is then a set of value columns over one table, already
 * aligned by call path, and a later profile only looks up the paths an earlier one added.
 */
class SharedTable {
    nodes;
    names = [];
    files = [];
    nameIds = new Map();
}
/** Builds a CallTree from stacks, interning function names. */
class CallTreeBuilder {
    typeCount;
    shared;
    names;
    files;
    nameIds;
    nodes;
    /** The leaves so far, their self values (one column per sample type) and records. */
    leaves = new Int32Array(256);
    leafSelf;
    leafRecords = new Float64Array(256);
    leafCount = 0;
    /** Open-addressing hash of leaf node -> index in `leaves`; -1 empty. */
    leafTable = new Int32Array(512).fill(-1);
    cutNames = 0;
    cutStacks = 0;
    // The previous stack and its nodes: samples share long prefixes, which then cost no lookup.
    lastStack = new Int32Array(64);
    lastNodes = new Int32Array(64);
    lastLength = 0;
    /**
     * `expectedNodes` sizes the arrays up front: a generous guess costs nothing (see
     * NodeTable). With `shared`, the tree is built into that table and its names.
     */
    constructor(typeCount, expectedNodes = 1024, shared) {
        this.typeCount = typeCount;
        this.shared = shared;
        if (shared) {
            shared.nodes ??= new NodeTable(expectedNodes);
            this.nodes = shared.nodes;
            ({ names: this.names, files: this.files, nameIds: this.nameIds } = shared);
        }
        else {
            this.nodes = new NodeTable(expectedNodes);
            this.names = [];
            this.files = [];
            this.nameIds = new Map();
        }
        this.leafSelf = Array.from({ length: typeCount }, () => new Float64Array(256));
    }
    /** Returns the id of a function name, adding it the first time. */
    functionId(rawName, file = '') {
        let name = rawName;
        if (name.length > LIMITS.name) {
            // Cut, with the length, so two long names that differ late stay apart more often.
            name = `${name.slice(0, LIMITS.name)}… (${name.length} characters)`;
            this.cutNames++;
        }
        let id = this.nameIds.get(name);
        if (id === undefined) {
            id = this.names.length;
            if (id >= LIMITS.functions)
                throw new LimitError(`more than ${LIMITS.functions} distinct functions (the limit)`);
            this.names.push(name);
            this.files.push(file);
            this.nameIds.set(name, id);
        }
        else if (file && !this.files[id]) {
            this.files[id] = file;
        }
        return id;
    }
    /** Returns the child of `node` for function `fn`, adding it when new. */
    child(node, fn) {
        return this.nodes.child(node, fn);
    }
    /** Adds values (one per sample type) and sample records at a node. */
    add(node, values, records) {
        const leaf = this.leafOf(node);
        for (let t = 0; t < this.typeCount; t++)
            this.leafSelf[t][leaf] += values[t];
        this.leafRecords[leaf] += records;
    }
    /** Returns the index of `node` in the leaves, adding it the first time. */
    leafOf(node) {
        const mask = this.leafTable.length - 1;
        let at = Math.imul(node, 0x9e3779b1) & mask;
        for (let i = this.leafTable[at]; i !== -1; at = (at + 1) & mask, i = this.leafTable[at])
            if (this.leaves[i] === node)
                return i;
        const leaf = this.leafCount++;
        if (leaf === this.leaves.length) {
            this.leaves = doubled(this.leaves);
            this.leafSelf = this.leafSelf.map((column) => doubled(column));
            this.leafRecords = doubled(this.leafRecords);
        }
        this.leaves[leaf] = node;
        this.leafTable[at] = leaf;
        if (2 * this.leafCount > this.leafTable.length) {
            // Keep the table at most half full.
            this.leafTable = new Int32Array(this.leafTable.length * 2).fill(-1);
            const bigger = this.leafTable.length - 1;
            for (let i = 0; i < this.leafCount; i++) {
                let slot = Math.imul(this.leaves[i], 0x9e3779b1) & bigger;
                while (this.leafTable[slot] !== -1)
                    slot = (slot + 1) & bigger;
                this.leafTable[slot] = i;
            }
        }
        return leaf;
    }
    /**
     * Adds one stack, root first, of function ids (its first `length`), and returns its leaf
     * node; past LIMITS.depth only the leaf-most frames are kept.
     */
    addStack(stack, values, records, length = stack.length) {
        let node = 0;
        const from = Math.max(0, length - LIMITS.depth);
        if (from > 0)
            this.cutStacks++;
        const keep = length - from;
        if (keep > this.lastStack.length) {
            this.lastStack = doubled(this.lastStack, keep);
            this.lastNodes = doubled(this.lastNodes, keep);
        }
        const last = this.lastStack;
        const nodes = this.lastNodes;
        let depth = 0;
        // Reuse the nodes of the prefix this stack shares with the previous one.
        const previous = this.lastLength;
        while (depth < keep && depth < previous && last[depth] === stack[from + depth])
            node = nodes[depth++];
        for (; depth < keep; depth++) {
            const fn = stack[from + depth];
            node = this.child(node, fn);
            last[depth] = fn;
            nodes[depth] = node;
        }
        this.lastLength = keep;
        this.add(node, values, records);
        return node;
    }
    /** What the limits changed, for the profile's notes. */
    notes() {
        const notes = [];
        if (this.cutNames > 0)
            notes.push(`${this.cutNames} function name${this.cutNames === 1 ? '' : 's'} longer than ${LIMITS.name} characters cut`);
        if (this.cutStacks > 0)
            notes.push(`${this.cutStacks} stack${this.cutStacks === 1 ? '' : 's'} deeper than ${LIMITS.depth} frames cut to their ${LIMITS.depth} leaf-most frames`);
        return notes;
    }
    /** Returns the finished tree. */
    build() {
        const n = this.nodes.size;
        // Views, not copies: the unused tail was never touched and costs no memory.
        return {
            names: this.names,
            files: this.files,
            ...(this.shared ? { shared: this.shared } : {}),
            parent: this.nodes.parent.subarray(0, n),
            func: this.nodes.func.subarray(0, n),
            leaves: this.leaves.subarray(0, this.leafCount),
            leafSelf: this.leafSelf.map((column) => column.subarray(0, this.leafCount)),
            leafRecords: this.leafRecords.subarray(0, this.leafCount),
        };
    }
}
/**
 * Returns the sample type that counts the sampling events behind `typeIndex`, or -1 to
 * count sample records: the type itself when it is a count, else the count type of the
 * same family (`alloc_space` -> `alloc_objects`), else the first count type.
 */
function findEventType(types, typeIndex) {
    if (types[typeIndex].unit === 'count')
        return typeIndex;
    const family = types[typeIndex].type.split(/[_-]/)[0];
    const counts = types.map((t, i) => (t.unit === 'count' ? i : -1)).filter((i) => i >= 0);
    return counts.find((i) => types[i].type.split(/[_-]/)[0] === family) ?? counts[0] ?? -1;
}

;// CONCATENATED MODULE: ./lib/formats/cpuprofile.js
// V8 CPU profile (`node --cpu-prof`, Chrome DevTools `.cpuprofile`): the Profiler.Profile
// type of the Chrome DevTools Protocol, https://chromedevtools.github.io/devtools-protocol/tot/Profiler/


/** True when a parsed JSON value has the shape of a V8 CPU profile. */
function isCpuProfileJson(json) {
    if (!json || typeof json !== 'object')
        return false;
    const o = json;
    return Array.isArray(o.nodes) || (typeof o.head === 'object' && o.head !== null);
}
/** Returns the profile in a parsed `.cpuprofile` JSON value, or a reason it is not one. */
function tryParseCpuProfile(json, shared) {
    if (!isCpuProfileJson(json))
        return { reason: 'JSON without "nodes" or "head" (a V8 .cpuprofile) or "profiles" and "shared" (speedscope)' };
    const o = json;
    const nodes = Array.isArray(o.nodes) ? o.nodes : flattenHead(o.head);
    const byId = new Map();
    const parentOf = new Map();
    for (const node of nodes) {
        if (!node || typeof node !== 'object' || typeof node.id !== 'number')
            return { reason: 'a .cpuprofile node without a numeric "id"' };
        byId.set(node.id, node);
    }
    for (const node of nodes) {
        const children = node.children ?? [];
        if (!Array.isArray(children))
            return { reason: `.cpuprofile node ${quoteValue(node.id)} has "children" that is not a list` };
        for (const child of children) {
            const id = typeof child === 'number' ? child : child?.id;
            if (!byId.has(id))
                return { reason: `.cpuprofile node ${quoteValue(node.id)} names child ${quoteValue(id)}, which is not in "nodes"` };
            parentOf.set(id, node.id);
        }
    }
    const builder = new CallTreeBuilder(2, 1024, shared);
    const treeNode = new Map();
    // Resolves a V8 node to a call-tree node, walking up to the first resolved ancestor
    // without recursion (stacks can be thousands deep).
    const nodeFor = (id) => {
        const pending = [];
        let cursor = id;
        while (cursor !== undefined && !treeNode.has(cursor)) {
            if (pending.length > nodes.length)
                throw new CycleError();
            pending.push(cursor);
            cursor = parentOf.get(cursor);
        }
        let parent = cursor === undefined ? 0 : treeNode.get(cursor);
        for (let i = pending.length - 1; i >= 0; i--) {
            const node = byId.get(pending[i]);
            const frame = node.callFrame ?? node;
            const name = frameName(frame);
            // The root, "(root)", sits under every stack and says nothing.
            if (!(parent === 0 && name === '(root)' && !parentOf.has(pending[i]))) {
                parent = builder.child(parent, builder.functionId(name, typeof frame.url === 'string' ? frame.url : ''));
            }
            treeNode.set(pending[i], parent);
        }
        return parent;
    };
    const samples = o.samples;
    const values = new Float64Array(2);
    try {
        if (Array.isArray(samples) && samples.length > 0) {
            const times = sampleTimes(o, samples.length);
            if (typeof times === 'string')
                return { reason: times };
            for (let i = 0; i < samples.length; i++) {
                const id = samples[i];
                if (!byId.has(id))
                    return { reason: `.cpuprofile sample ${i} names node ${quoteValue(id)}, which is not in "nodes"` };
                values[0] = times[i];
                values[1] = 1;
                builder.add(nodeFor(id), values, 1);
            }
        }
        else {
            // No sample list: spread the profile's duration over the hit counts.
            const hits = nodes.reduce((sum, n) => sum + (Number(n.hitCount) || 0), 0);
            const duration = Number(o.endTime) - Number(o.startTime);
            const each = hits > 0 && duration > 0 ? duration / hits : 0;
            for (const node of nodes) {
                const count = Number(node.hitCount) || 0;
                if (count <= 0)
                    continue;
                values[0] = count * each;
                values[1] = count;
                builder.add(nodeFor(node.id), values, count);
            }
        }
    }
    catch (error) {
        if (error instanceof CycleError)
            return { reason: '.cpuprofile nodes form a cycle' };
        throw error;
    }
    return {
        profile: {
            format: 'cpuprofile',
            sampleTypes: [{ type: 'wall', unit: 'microseconds' }, { type: 'samples', unit: 'count' }],
            defaultSampleType: 0,
            tree: builder.build(),
            notes: builder.notes(),
        },
    };
}
class CycleError extends Error {
}
/** Names a frame: `functionName`, and `(anonymous) url:line` when it has no name. */
function frameName(frame) {
    const name = typeof frame.functionName === 'string' ? frame.functionName : '';
    if (name !== '')
        return name;
    const url = typeof frame.url === 'string' ? frame.url : '';
    if (url === '')
        return '(anonymous)';
    const line = typeof frame.lineNumber === 'number' && frame.lineNumber >= 0 ? `:${frame.lineNumber + 1}` : '';
    return `(anonymous) ${url}${line}`;
}
/**
 * Returns each sample's duration in microseconds: as Chrome DevTools, the time until the
 * next sample, and for the last one the time until the profile's end.
 */
function sampleTimes(o, count) {
    let stamps;
    if (Array.isArray(o.timeDeltas)) {
        if (o.timeDeltas.length !== count)
            return `.cpuprofile has ${count} samples but ${o.timeDeltas.length} timeDeltas`;
        stamps = new Float64Array(count);
        let t = Number(o.startTime) || 0;
        for (let i = 0; i < count; i++)
            stamps[i] = t += Number(o.timeDeltas[i]) || 0;
    }
    else if (Array.isArray(o.timestamps) && o.timestamps.length >= count) {
        // Before Node 10: absolute timestamps, sometimes one more than samples (the end).
        stamps = Float64Array.from(o.timestamps, Number);
    }
    else {
        return '.cpuprofile samples without "timeDeltas" or "timestamps" of the same length';
    }
    const times = new Float64Array(count);
    for (let i = 0; i + 1 < count; i++)
        times[i] = Math.max(0, stamps[i + 1] - stamps[i]);
    if (count > 0) {
        const last = stamps[count - 1];
        let end = stamps.length > count ? stamps[count] : Number(o.endTime);
        // Old profiles give endTime in seconds: then the last sample gets the mean interval.
        if (!Number.isFinite(end) || end < last)
            end = count > 1 ? last + (last - stamps[0]) / (count - 1) : last;
        times[count - 1] = end - last;
    }
    return times;
}
/** Turns the old nested `head` tree into the flat `nodes` list. */
function flattenHead(head) {
    const out = [];
    const stack = [head];
    while (stack.length > 0) {
        const node = stack.pop();
        if (!node || typeof node !== 'object')
            continue;
        const children = Array.isArray(node.children) ? node.children : [];
        out.push({ ...node, children: children.map((c) => c?.id) });
        for (const child of children)
            stack.push(child);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/formats/folded.js
// Folded (collapsed) stacks, as written by Brendan Gregg's stackcollapse-*.pl and inferno:
// one line per stack, `root;caller;leaf count`, https://github.com/brendangregg/FlameGraph

/** Returns the profile in `text`, or a reason why it holds no folded stack. */
function tryParseFolded(text, shared) {
    const builder = new CallTreeBuilder(1, 1024, shared);
    const value = new Float64Array(1);
    const path = [];
    let good = 0;
    let bad = 0;
    let firstBad = '';
    let firstBadLine = 0;
    let lineNo = 0;
    let start = 0;
    const austin = text.startsWith('# austin:');
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        lineNo++;
        let line = text.slice(start, end);
        start = end + 1;
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        // Comments: austin and others write `# key: value` metadata lines.
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        const parsed = splitFoldedLine(line);
        if (!parsed) {
            if (bad === 0) {
                firstBad = line;
                firstBadLine = lineNo;
            }
            bad++;
            continue;
        }
        good++;
        path.length = 0;
        // austin (Python) roots each stack at its process and thread ids (`P4242;T4242:1;...`),
        // which change from run to run: they are left out, so runs compare by code.
        let from = 0;
        if (austin)
            while (from < parsed.frames.length - 1 && /^(P\d+|T[\d:x]+)$/.test(parsed.frames[from]))
                from++;
        for (let i = from; i < parsed.frames.length; i++)
            path.push(builder.functionId(parsed.frames[i] === '' ? '[unknown]' : parsed.frames[i]));
        value[0] = parsed.count;
        builder.addStack(path, value, parsed.count);
    }
    if (good === 0) {
        return { reason: firstBad ? `no folded stack line (line ${firstBadLine}: expected "frame;frame;... count", got '${firstBad.slice(0, 60)}')` : 'no folded stack line' };
    }
    const notes = bad > 0 ? [`${bad} line${bad === 1 ? '' : 's'} not in folded form skipped (first: line ${firstBadLine}, '${firstBad.slice(0, 60)}')`] : [];
    notes.push(...builder.notes());
    return {
        profile: { format: 'folded', sampleTypes: [{ type: 'samples', unit: 'count' }], defaultSampleType: 0, tree: builder.build(), notes },
    };
}
/** Splits `a;b;c 42` into frames and count; null when the line is not in that form. */
function splitFoldedLine(line) {
    const trimmed = line.trimEnd();
    const space = trimmed.lastIndexOf(' ');
    if (space <= 0)
        return null;
    const countText = trimmed.slice(space + 1);
    if (!/^\d+(\.\d+)?$/.test(countText))
        return null;
    const stack = trimmed.slice(0, space).trimEnd();
    if (stack === '')
        return null;
    return { frames: stack.split(';'), count: Number(countText) };
}
/** Writes a call tree's values of one sample type as folded stacks, one line per leaf path (for round trips and export). */
function renderFolded(tree, typeIndex = 0) {
    const lines = [];
    const order = Array.from(tree.leaves.keys()).sort((a, b) => tree.leaves[a] - tree.leaves[b]);
    for (const leaf of order) {
        const node = tree.leaves[leaf];
        const value = tree.leafSelf[typeIndex][leaf];
        if (value === 0 || node === 0)
            continue;
        const frames = [];
        for (let n = node; n > 0; n = tree.parent[n])
            frames.push(tree.names[tree.func[n]]);
        lines.push(`${frames.reverse().join(';')} ${value}`);
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = require("node:zlib");
;// CONCATENATED MODULE: ./lib/formats/gzip.js
// gzip (RFC 1952), via Node's zlib with a cap on the decompressed size.

/** Default cap on decompressed bytes: generous for real profiles, fatal for bombs. */
const DEFAULT_MAX_DECOMPRESSED = 1024 ** 3;
/** True when the bytes start with the gzip magic number. */
function isGzip(bytes) {
    return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
/** Returns the decompressed bytes, or a reason (truncated, corrupt, over the cap). */
function tryGunzip(bytes, maxBytes = DEFAULT_MAX_DECOMPRESSED) {
    try {
        // 1 MiB chunks instead of zlib's 16 KiB: a 50 MB profile inflates in half the time.
        // The gzip trailer's ISIZE (the input size mod 2^32) sizes one output chunk: zlib then
        // inflates into one buffer instead of 16 KiB pieces joined by a copy, in 60% of the
        // time and memory on a 90 MB profile. A wrong ISIZE (a bomb, several members) only
        // means more chunks; maxOutputLength still caps the output.
        const isize = bytes.length >= 18 ? new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0, true) : 0;
        const chunkSize = Math.max(1 << 16, Math.min(isize + 1, maxBytes + 1, 1 << 30));
        return { bytes: (0,external_node_zlib_namespaceObject.gunzipSync)(bytes, { maxOutputLength: maxBytes, chunkSize }) };
    }
    catch (error) {
        const e = error;
        if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
            return { reason: `gzip data decompresses to more than ${maxBytes} bytes (the limit; raise it with --max-decompressed-size)` };
        }
        if (e.code === 'Z_BUF_ERROR')
            return { reason: 'truncated gzip data (the file ends before the compressed stream does)' };
        return { reason: `corrupt gzip data (${e.message})` };
    }
}

;// CONCATENATED MODULE: ./lib/formats/perf-script.js
// Linux `perf script` text: one record per sample, a header line (`comm pid [cpu] time:
// [period] event:`) and the stack below it, leaf first, one `address symbol (dso)` per
// line. Frames are named as Brendan Gregg's stackcollapse-perf.pl --all names them, so a
// perf file and its folded form compare alike: the process name as root, arguments cut,
// kernel frames `_[k]`, JIT frames `_[j]`, unknown symbols by their module.
// https://github.com/brendangregg/FlameGraph/blob/master/stackcollapse-perf.pl

/** A header line: comm (may hold spaces), then the pid or pid/tid. */
const HEADER = /^(\S.*?)\s+(\d+)(?:\/\d+)?\s/;
/** A stack line: address, symbol, and the module in parentheses. */
const FRAME = /^\s+([0-9a-fA-F]+)\s+(.*?)(?:\s+\(([^()]*)\))?\s*$/;
/** A stack line without a symbol: address and module only. */
const BARE_FRAME = /^\s+([0-9a-fA-F]+)\s+\(([^()]*)\)\s*$/;
/** True when `text` starts (after `#` comments) like perf script output: a header, then an indented address. */
function looksLikePerfScript(text) {
    const lines = text.slice(0, 64 * 1024).split('\n');
    for (let i = 0; i < lines.length - 1; i++) {
        const line = lines[i];
        if (line.startsWith('#') || line.trim() === '')
            continue;
        return HEADER.test(line) && eventOf(line) !== null && FRAME.test(lines[i + 1]);
    }
    return false;
}
/**
 * The event of a header line: its last token ending in ':', without perf's modifiers
 * (`cycles:u`, `cpu-clock:ppp` are `cycles`, `cpu-clock`), so that `--sample-type cycles`
 * finds it and runs recorded with other modifiers compare.
 */
function eventOf(header) {
    const m = /(\S+):\s*$/.exec(header);
    return m ? m[1].replace(/:[ukhHGIpPSDWeb]{1,4}$/, '') : null; // perf's event modifiers only
}
/** Returns the profile in perf script `text`, or why it holds none. */
function tryParsePerfScript(text, shared) {
    // Two passes over the lines, none kept: the events first (one sample type each), then
    // the records, straight into the call tree. perf files run to hundreds of megabytes.
    const events = [];
    forEachLine(text, (line) => {
        if (line === '' || line.startsWith('#') || /^\s/.test(line) || !HEADER.test(line))
            return;
        const event = eventOf(line) ?? '';
        if (!events.includes(event))
            events.push(event);
    });
    if (events.length === 0)
        return { reason: 'no perf script sample (expected a line such as "comm 1234 5.678: cycles:" and its stack below)' };
    const builder = new CallTreeBuilder(events.length, text.length / 16, shared);
    const values = new Float64Array(events.length);
    const stack = []; // leaf first, as perf prints it
    const path = [];
    let current = null;
    let unrecognized = 0;
    let firstUnrecognized = 0;
    const flush = () => {
        if (!current)
            return;
        path.length = 0;
        path.push(builder.functionId(current.comm));
        for (let i = stack.length - 1; i >= 0; i--)
            path.push(stack[i]);
        values.fill(0);
        values[current.event] = 1;
        builder.addStack(path, values, 1);
        current = null;
        stack.length = 0;
    };
    forEachLine(text, (line, lineNo) => {
        if (line.startsWith('#'))
            return;
        if (line.trim() === '') {
            flush();
            return;
        }
        const header = /^\s/.test(line) ? null : HEADER.exec(line);
        if (header) {
            flush();
            current = { event: events.indexOf(eventOf(line) ?? ''), comm: header[1].replace(/ /g, '_') };
            return;
        }
        const bare = current ? BARE_FRAME.exec(line) : null;
        const frame = bare ? null : current ? FRAME.exec(line) : null;
        if (!current || (!frame && !bare)) {
            if (unrecognized++ === 0)
                firstUnrecognized = lineNo;
            return;
        }
        // A frame without a symbol is `[unknown]`, as stackcollapse-perf reads it.
        const name = bare ? perf_script_frameName('', bare[2], current.comm) : perf_script_frameName(frame[2], frame[3] ?? '', current.comm);
        if (name !== null)
            stack.push(builder.functionId(name));
    });
    flush();
    const notes = builder.notes();
    if (unrecognized > 0)
        notes.push(`${unrecognized} line${unrecognized === 1 ? '' : 's'} not in perf script form skipped (first: line ${firstUnrecognized})`);
    return {
        profile: {
            format: 'perf-script',
            // One sample type per event, counted in samples, as stackcollapse-perf counts them.
            sampleTypes: events.map((event) => ({ type: event || 'samples', unit: 'count' })),
            defaultSampleType: 0, // the first event, as stackcollapse-perf
            tree: builder.build(),
            notes,
        },
    };
}
/** Calls `f` with each line of `text` (without its line break) and its number, from 1. */
function forEachLine(text, f) {
    let start = 0;
    let lineNo = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        const line = text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end);
        f(line, ++lineNo);
        start = end + 1;
    }
}
/** Names a frame as stackcollapse-perf.pl does; null for frames it skips. */
function perf_script_frameName(symbol, module, comm) {
    // Linux 4.8+ prints symbol offsets (`cpu_startup_entry+0x800047c022ec`).
    let name = symbol.replace(/\+0x[0-9a-f]+$/, '');
    if (name.startsWith('('))
        return null; // process names
    if (name === '')
        name = '[unknown]';
    else if (name === '[unknown]') {
        name = module !== '' && module !== '[unknown]' ? `[${module.replace(/.*\//, '')}]` : '[unknown]';
    }
    else {
        name = name.replace(/;/g, ':');
        // Arguments are noise, but Go methods (`net/http.(*Client).Do`) and C++'s anonymous
        // namespace keep their parentheses.
        if (!/\.\(.*\)\./.test(name))
            name = name.replace(/\((?!anonymous namespace\)).*/, '');
        name = name.replace(/["']/g, '');
        // Java: `Lorg/mozilla/Foo;.call` becomes `org/mozilla/Foo:.call`.
        if (comm === 'java' && name.includes('/'))
            name = name.replace(/^L/, '');
    }
    if (/^\[|vmlinux$/.test(module) && !module.includes('unknown'))
        name += '_[k]';
    else if (/\/tmp\/perf-\d+\.map/.test(module))
        name += '_[j]';
    return name;
}

;// CONCATENATED MODULE: ./lib/formats/framing.js
// The framing of a protobuf message, walked before decoding: a cut-off file must not pass
// as a smaller profile. Its own module, so that the fast pprof path does not load
// pprof-format (the reference decoder) at startup.
/**
 * Walks the top-level fields of a protobuf message; returns why it is not well framed
 * (truncated, or a wire type profile.proto never uses), or null.
 */
function checkFraming(bytes) {
    let pos = 0;
    const varint = () => {
        let result = 0;
        let shift = 0;
        while (pos < bytes.length) {
            const b = bytes[pos++];
            if (shift < 49)
                result += (b & 0x7f) * 2 ** shift;
            shift += 7;
            if ((b & 0x80) === 0)
                return result;
            if (shift > 70)
                return null;
        }
        return null;
    };
    while (pos < bytes.length) {
        const at = pos;
        const tag = varint();
        if (tag === null)
            return `a truncated protobuf (field tag at byte ${at} runs past the end)`;
        const wire = tag % 8;
        const field = Math.floor(tag / 8);
        if (field === 0)
            return `not a protobuf (field number 0 at byte ${at})`;
        if (wire === 0) {
            if (varint() === null)
                return `a truncated protobuf (field ${field} at byte ${at} runs past the end)`;
        }
        else if (wire === 1 || wire === 5) {
            pos += wire === 1 ? 8 : 4;
        }
        else if (wire === 2) {
            const length = varint();
            if (length === null || pos + length > bytes.length) {
                return `a truncated protobuf (field ${field} at byte ${at} claims ${length ?? '?'} bytes, ${bytes.length - pos} remain)`;
            }
            pos += length;
        }
        else {
            return `not a pprof protobuf (wire type ${wire} at byte ${at})`;
        }
        if (pos > bytes.length)
            return `a truncated protobuf (field ${field} at byte ${at} runs past the end)`;
    }
    return null;
}

;// CONCATENATED MODULE: ./lib/formats/pprof-fast.js
// pprof profile.proto, read by a direct walk over the protobuf for the hot path (samples,
// locations, functions, strings): https://github.com/google/pprof/blob/main/proto/profile.proto
// pprof-format (formats/pprof.ts) decodes every message into objects, which costs most of
// a large compare in allocation and garbage collection; this walk reads the same fields
// into typed arrays. pprof.ts stays the reference, and a test holds both equal on every fixture.



class Shape extends Error {
}
/** A cursor over protobuf bytes. */
class Reader {
    bytes;
    end;
    pos;
    constructor(bytes, start = 0, end = bytes.length) {
        this.bytes = bytes;
        this.end = end;
        this.pos = start;
    }
    /** Points the reader at another message of the same bytes. */
    reset(start, end) {
        this.pos = start;
        this.end = end;
    }
    varint() {
        const b = this.bytes;
        // Most varints here (field tags, small ids) are one byte.
        if (this.pos < this.end && b[this.pos] < 0x80)
            return b[this.pos++];
        let result = 0;
        let shift = 0;
        for (;;) {
            if (this.pos >= this.end)
                throw new Shape('a varint runs past the end of its message');
            const byte = b[this.pos++];
            if (shift < 28)
                result |= (byte & 0x7f) << shift;
            else
                result += (byte & 0x7f) * 2 ** shift;
            if ((byte & 0x80) === 0)
                break;
            shift += 7;
            if (shift > 63)
                throw new Shape('a varint longer than 10 bytes');
        }
        // An int64 that was negative arrives as a 10-byte two's complement.
        if (result < 0)
            result >>>= 0;
        return shift >= 63 ? result - 2 ** 64 : result;
    }
    skip(wire) {
        if (wire === 0)
            this.varint();
        else if (wire === 1)
            this.pos += 8;
        else if (wire === 5)
            this.pos += 4;
        else if (wire === 2) {
            const length = this.varint(); // read first: `pos += varint()` would add to the old pos
            this.pos += length;
        }
        else
            throw new Shape(`wire type ${wire}`);
        if (this.pos > this.end)
            throw new Shape('a field runs past the end of its message');
    }
    /** Reads a length-delimited field's length and returns its end; pos stays at its start. */
    spanEnd() {
        const length = this.varint();
        const end = this.pos + length;
        if (end > this.end)
            throw new Shape('a field runs past the end of its message');
        return end;
    }
}
/** Returns the profile in `bytes` (uncompressed protobuf), or why it is not one. */
function tryParsePprofFast(bytes, shared) {
    const framing = checkFraming(bytes);
    if (framing)
        return { reason: framing };
    try {
        return { profile: parse(bytes, shared) };
    }
    catch (error) {
        if (error instanceof Shape)
            return { reason: `a broken pprof profile: ${error.message}` };
        throw error;
    }
}
function parse(bytes, shared) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The top-level pass keeps where each message is, in typed arrays: a large profile has
    // tens of thousands of functions, locations and strings, and an object per field was
    // most of the garbage a parse made.
    const typeRefs = [];
    let samples = new Int32Array(1024); // [start, end] pairs of sample messages (inputs are < 2 GiB)
    let sampleEnds = 0;
    let sampleBytes = 0;
    // Locations in the order they come: id and bounds of the message.
    let locationIds = new Float64Array(1024);
    let locationBounds = new Int32Array(2048);
    let locationCount = 0;
    // Functions in the order they come: id, and the string indexes of name, system name and file.
    let functionFields = new Float64Array(4 * 1024);
    let functionCount = 0;
    // Strings are decoded when first used: [start, end) of each in `bytes`.
    let stringBounds = new Int32Array(2048);
    let stringCount = 0;
    let periodType;
    let period = 0;
    let defaultType = 0;
    const r = new Reader(bytes);
    const inner = new Reader(bytes);
    while (r.pos < r.end) {
        const tag = r.varint();
        const field = Math.floor(tag / 8);
        const wire = tag & 7;
        if (wire === 2 && (field === 2 || field === 4 || field === 5 || field === 6)) {
            const end = r.spanEnd();
            const start = r.pos;
            r.pos = end;
            if (field === 2) {
                if (sampleEnds + 2 > samples.length)
                    samples = doubled(samples);
                samples[sampleEnds++] = start;
                samples[sampleEnds++] = end;
                sampleBytes += end - start;
            }
            else if (field === 4) {
                if (locationCount === locationIds.length) {
                    locationIds = doubled(locationIds);
                    locationBounds = doubled(locationBounds);
                }
                locationIds[locationCount] = firstVarint(inner, start, end);
                locationBounds[2 * locationCount] = start;
                locationBounds[2 * locationCount++ + 1] = end;
            }
            else if (field === 5) {
                if (4 * functionCount === functionFields.length)
                    functionFields = doubled(functionFields);
                const at = 4 * functionCount++;
                inner.reset(start, end);
                while (inner.pos < end) {
                    const t = inner.varint();
                    const k = t >>> 3;
                    if ((t & 7) !== 0)
                        inner.skip(t & 7);
                    else if (k >= 1 && k <= 4)
                        functionFields[at + k - 1] = inner.varint();
                    else
                        inner.varint();
                }
            }
            else {
                if (2 * stringCount === stringBounds.length)
                    stringBounds = doubled(stringBounds);
                stringBounds[2 * stringCount] = start;
                stringBounds[2 * stringCount++ + 1] = end;
            }
        }
        else if (field === 1 && wire === 2)
            typeRefs.push(readValueType(r));
        else if (field === 11 && wire === 2)
            periodType = readValueType(r);
        else if (field === 12 && wire === 0)
            period = r.varint();
        else if (field === 14 && wire === 0)
            defaultType = r.varint();
        else if (field === 0)
            throw new Shape('field number 0');
        else
            r.skip(wire);
    }
    if (stringCount === 0 || stringBounds[1] !== stringBounds[0])
        throw new Shape('no string table starting with ""');
    const strings = new Array(stringCount);
    const str = (i, what) => {
        if (i < 0 || i >= stringCount)
            throw new Shape(`${what} names string ${i}, but the string table has ${stringCount}`);
        return (strings[i] ??= buffer.toString('utf8', stringBounds[2 * i], stringBounds[2 * i + 1]));
    };
    if (typeRefs.length === 0)
        throw new Shape('no sample types (a pprof profile needs at least one)');
    const sampleTypes = typeRefs.map(([t, u], i) => ({ type: str(t, `sample type ${i}`), unit: str(u, `sample type ${i}`) }));
    const typeCount = sampleTypes.length;
    // A stack has at most as many locations as its sample has bytes: a guess on the high
    // side, which is free (see NodeTable).
    const builder = new CallTreeBuilder(typeCount, sampleBytes + 1024, shared);
    // Function ids index a dense table when they are small (Go numbers them 1..n), else a
    // Map; either gives the function's place in functionFields, then its id in the tree.
    const functionIndex = indexIds(functionCount, (i) => functionFields[4 * i]);
    const fnIds = new Int32Array(functionCount).fill(-1);
    const functionIdOf = (id) => {
        const i = functionIndex(id);
        if (i < 0)
            throw new Shape(`a location names function ${id}, which the profile does not define`);
        if (fnIds[i] >= 0)
            return fnIds[i];
        const at = 4 * i;
        const name = str(functionFields[at + 1], 'function') || str(functionFields[at + 2], 'function');
        return (fnIds[i] = builder.functionId(name || `<unknown function ${id}>`, str(functionFields[at + 3], 'function')));
    };
    const locationIndex = indexIds(locationCount, (i) => locationIds[i]);
    const slot = (id) => {
        const i = locationIndex(id);
        if (i < 0)
            throw new Shape(`a sample names location ${id}, which the profile does not define`);
        return i;
    };
    // Each location's frames, root first (pprof lists inlined lines callee first), decoded
    // once: frameList[frameStart[i] ..] holds frameCount[i] function ids.
    const frameStart = new Int32Array(locationCount);
    const frameCount = new Int32Array(locationCount); // 0: not decoded yet
    let frameList = new Int32Array(locationCount * 2 + 16);
    let frameEnd = 0;
    const lines = [];
    const line = new Reader(bytes);
    const decodeFrames = (i) => {
        const end = locationBounds[2 * i + 1];
        inner.reset(locationBounds[2 * i], end);
        lines.length = 0;
        let address = 0;
        while (inner.pos < end) {
            const t = inner.varint();
            const k = t >>> 3;
            if (k === 4 && (t & 7) === 2) {
                const lineEnd = inner.spanEnd();
                lines.push(firstVarint(line, inner.pos, lineEnd)); // Line.function_id
                inner.pos = lineEnd;
            }
            else if (k === 3 && (t & 7) === 0)
                address = inner.varint();
            else
                inner.skip(t & 7);
        }
        const count = Math.max(1, lines.length);
        if (frameEnd + count > frameList.length)
            frameList = doubled(frameList, frameEnd + count);
        frameStart[i] = frameEnd;
        frameCount[i] = count;
        for (let l = lines.length - 1; l >= 0; l--)
            frameList[frameEnd++] = functionIdOf(lines[l]);
        // As pprof, an unsymbolized location is shown by its address.
        if (lines.length === 0)
            frameList[frameEnd++] = builder.functionId(`0x${address.toString(16)}`);
    };
    const values = new Float64Array(typeCount);
    let path = new Int32Array(256);
    const sample = new Reader(bytes);
    const packed = new Reader(bytes);
    let ids = new Float64Array(64);
    let idCount = 0;
    const pushId = (id) => {
        if (idCount === ids.length)
            ids = doubled(ids);
        ids[idCount++] = id;
    };
    // Where the current sample keeps its location ids: one packed field (as every pprof
    // writer does) is [locStart, locEnd); anything else sets locStart to -1 and fills `ids`.
    let locStart = -1;
    let locEnd = -1;
    const scanSample = (s) => {
        sample.reset(samples[s], samples[s + 1]);
        locStart = -1;
        locEnd = -1;
        idCount = 0;
        let fields = 0;
        let valueCount = 0;
        while (sample.pos < sample.end) {
            const t = sample.varint();
            const k = t >>> 3;
            const wire = t & 7;
            if (k === 1) {
                if (wire === 2) {
                    const end = sample.spanEnd();
                    const start = sample.pos;
                    sample.pos = end;
                    if (fields++ === 0) {
                        locStart = start;
                        locEnd = end;
                    }
                    packed.reset(start, end);
                    if (fields > 1)
                        while (packed.pos < end)
                            pushId(packed.varint());
                }
                else if (wire === 0) {
                    fields += 2;
                    pushId(sample.varint());
                }
                else
                    sample.skip(wire);
            }
            else if (k === 2) {
                if (wire === 2) {
                    const end = sample.spanEnd();
                    packed.reset(sample.pos, end);
                    sample.pos = end;
                    while (packed.pos < end) {
                        const v = packed.varint();
                        if (valueCount < typeCount)
                            values[valueCount] = v;
                        valueCount++;
                    }
                }
                else if (wire === 0) {
                    const v = sample.varint();
                    if (valueCount < typeCount)
                        values[valueCount] = v;
                    valueCount++;
                }
                else
                    sample.skip(wire);
            }
            else
                sample.skip(wire);
        }
        if (valueCount !== typeCount)
            throw new Shape(`a sample has ${valueCount} values, expected one per sample type (${typeCount})`);
        if (fields > 1) {
            // Several location fields: collect them all, in order, and do not cache the stack.
            const tail = ids.slice(0, idCount);
            idCount = 0;
            if (locStart >= 0) {
                packed.reset(locStart, locEnd);
                while (packed.pos < locEnd)
                    pushId(packed.varint());
            }
            for (const id of tail)
                pushId(id);
            locStart = -1;
        }
    };
    // The ids of a single packed field are decoded only for a stack not seen before.
    const decodePacked = () => {
        packed.reset(locStart, locEnd);
        while (packed.pos < locEnd)
            pushId(packed.varint());
    };
    // Samples repeat stacks (one record per stack and label set): a hash of the packed
    // location bytes finds the leaf node of a stack seen before, confirmed by comparing the
    // bytes with its first sample's, without decoding or walking the stack again.
    let tableMask = 1023;
    let table = new Int32Array(tableMask + 1).fill(-1); // entry index, -1 empty
    let entryHash = new Int32Array(256);
    let entryStart = new Int32Array(256);
    let entryEnd = new Int32Array(256);
    let entryLeaf = new Int32Array(256);
    let entries = 0;
    const insert = (hash, entry) => {
        let at = hash & tableMask;
        while (table[at] !== -1)
            at = (at + 1) & tableMask;
        table[at] = entry;
    };
    const sameBytes = (start, end, otherStart, otherEnd) => {
        if (end - start !== otherEnd - otherStart)
            return false;
        for (let i = start, j = otherStart; i < end; i++, j++)
            if (bytes[i] !== bytes[j])
                return false;
        return true;
    };
    for (let s = 0; s < sampleEnds; s += 2) {
        scanSample(s);
        let hash = 0;
        if (locStart >= 0) {
            hash = locEnd - locStart;
            for (let i = locStart; i < locEnd; i++)
                hash = Math.imul(hash ^ bytes[i], 0x01000193);
            hash ^= hash >>> 15;
            hash = Math.imul(hash, 0x2c1b3c6d);
            hash ^= hash >>> 12;
            let found = -1;
            for (let at = hash & tableMask, e = table[at]; e !== -1; at = (at + 1) & tableMask, e = table[at]) {
                if (entryHash[e] === hash && sameBytes(locStart, locEnd, entryStart[e], entryEnd[e])) {
                    found = entryLeaf[e];
                    break;
                }
            }
            if (found >= 0) {
                builder.add(found, values, 1);
                continue;
            }
        }
        if (locStart >= 0)
            decodePacked();
        let depth = 0;
        for (let l = idCount - 1; l >= 0; l--) {
            const i = slot(ids[l]);
            if (frameCount[i] === 0)
                decodeFrames(i);
            const frames = frameCount[i];
            if (depth + frames > path.length)
                path = doubled(path, depth + frames);
            for (let f = frameStart[i], e = f + frames; f < e; f++)
                path[depth++] = frameList[f];
        }
        const leaf = builder.addStack(path, values, 1, depth);
        if (locStart < 0)
            continue;
        if (entries === entryHash.length) {
            entryHash = doubled(entryHash);
            entryStart = doubled(entryStart);
            entryEnd = doubled(entryEnd);
            entryLeaf = doubled(entryLeaf);
        }
        entryHash[entries] = hash;
        entryStart[entries] = locStart;
        entryEnd[entries] = locEnd;
        entryLeaf[entries] = leaf;
        if (2 * (entries + 1) > table.length) {
            tableMask = table.length * 2 - 1;
            table = new Int32Array(tableMask + 1).fill(-1);
            for (let e = 0; e < entries; e++)
                insert(entryHash[e], e);
        }
        insert(hash, entries++);
    }
    let defaultSampleType = typeCount - 1; // as pprof: the last type unless one is named
    if (defaultType > 0) {
        const name = str(defaultType, 'default_sample_type');
        const index = sampleTypes.findIndex((t) => t.type === name);
        if (index >= 0)
            defaultSampleType = index;
    }
    const periodInfo = periodType && period > 0 ? { value: period, unit: str(periodType[1], 'period_type') } : undefined;
    return { format: 'pprof', sampleTypes, defaultSampleType, tree: builder.build(), ...(periodInfo ? { period: periodInfo } : {}), notes: builder.notes() };
}
/**
 * Returns a lookup from ids (the i-th is `idAt(i)`) to their index, -1 for an unknown id:
 * a dense table when the ids are small (Go numbers them 1..n), else a Map.
 */
function indexIds(count, idAt) {
    let maxId = 0;
    for (let i = 0; i < count; i++)
        maxId = Math.max(maxId, idAt(i));
    if (maxId <= 4 * count + 1024) {
        const table = new Int32Array(maxId + 1).fill(-1);
        for (let i = 0; i < count; i++)
            table[idAt(i)] = i;
        return (id) => (id >= 0 && id <= maxId ? table[id] : -1);
    }
    const map = new Map();
    for (let i = 0; i < count; i++)
        map.set(idAt(i), i);
    return (id) => map.get(id) ?? -1;
}
/** Returns varint field 1 of the message in [start, end) of the reader's bytes (Location.id, Line.function_id), 0 when absent. */
function firstVarint(inner, start, end) {
    inner.reset(start, end);
    let value = 0;
    while (inner.pos < end) {
        const t = inner.varint();
        if (t >>> 3 === 1 && (t & 7) === 0)
            value = inner.varint();
        else
            inner.skip(t & 7);
    }
    return value;
}
function readValueType(r) {
    const end = r.spanEnd();
    const inner = new Reader(r.bytes, r.pos, end);
    r.pos = end;
    let type = 0;
    let unit = 0;
    while (inner.pos < end) {
        const t = inner.varint();
        const k = t >>> 3;
        if ((t & 7) !== 0)
            inner.skip(t & 7);
        else if (k === 1)
            type = inner.varint();
        else if (k === 2)
            unit = inner.varint();
        else
            inner.varint();
    }
    return [type, unit];
}

;// CONCATENATED MODULE: ./lib/formats/speedscope.js
// speedscope's file format (py-spy --format speedscope, rbspy, and speedscope's own
// exports): https://www.speedscope.app/file-format-schema.json. Frames are shared; each
// profile (a thread) is sampled (stacks root first, with weights) or evented (open and
// close events with times). All profiles of a file are merged: thread names and ids change
// from run to run, and the comparison is of the program.


/** True when a parsed JSON value looks like a speedscope file. */
function isSpeedscopeJson(json) {
    if (!json || typeof json !== 'object')
        return false;
    const o = json;
    return (typeof o.$schema === 'string' && o.$schema.includes('speedscope')) || (Array.isArray(o.profiles) && typeof o.shared === 'object' && o.shared !== null);
}
class speedscope_Shape extends Error {
}
/** The sample type of a speedscope unit. */
function sampleTypeOf(unit) {
    if (unit === 'bytes')
        return { type: 'space', unit: 'bytes' };
    if (unit === 'nanoseconds' || unit === 'microseconds' || unit === 'milliseconds' || unit === 'seconds')
        return { type: 'time', unit };
    return { type: 'samples', unit: 'count' };
}
/** Returns the profile in a parsed speedscope JSON value, or why it is not one. */
function tryParseSpeedscope(json, shared) {
    try {
        return { profile: speedscope_parse(json, shared) };
    }
    catch (error) {
        if (error instanceof speedscope_Shape)
            return { reason: `a broken speedscope file: ${error.message}` };
        throw error;
    }
}
function speedscope_parse(o, table) {
    const frames = o.shared?.frames;
    if (!Array.isArray(frames))
        throw new speedscope_Shape('"shared.frames" is not a list');
    const profiles = o.profiles;
    if (!Array.isArray(profiles) || profiles.length === 0)
        throw new speedscope_Shape('"profiles" is not a non-empty list');
    const sampleType = sampleTypeOf(profiles[0]?.unit);
    const builder = new CallTreeBuilder(1, 1024, table);
    const ids = frames.map((frame, i) => {
        const f = frame;
        if (!f || typeof f.name !== 'string')
            throw new speedscope_Shape(`frame ${i} has no "name"`);
        return builder.functionId(f.name === '' ? '[unknown]' : f.name, typeof f.file === 'string' ? f.file : '');
    });
    const frameId = (value, where) => {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= ids.length) {
            throw new speedscope_Shape(`${where} names frame ${quoteValue(value)}, but there are ${ids.length} frames`);
        }
        return ids[value];
    };
    const value = new Float64Array(1);
    const path = [];
    profiles.forEach((entry, p) => {
        const profile = entry;
        if (!profile || typeof profile !== 'object')
            throw new speedscope_Shape(`profile ${p} is not an object`);
        const type = sampleTypeOf(profile.unit);
        if (type.unit !== sampleType.unit)
            throw new speedscope_Shape(`profile ${p} is in ${quoteValue(profile.unit)}, profile 0 in ${sampleType.unit}`);
        if (profile.type === 'sampled') {
            const samples = profile.samples;
            const weights = profile.weights;
            if (!Array.isArray(samples))
                throw new speedscope_Shape(`profile ${p} has no "samples" list`);
            if (weights !== undefined && (!Array.isArray(weights) || weights.length !== samples.length)) {
                throw new speedscope_Shape(`profile ${p} has ${Array.isArray(weights) ? weights.length : 'no'} weights for ${samples.length} samples`);
            }
            samples.forEach((stack, s) => {
                if (!Array.isArray(stack))
                    throw new speedscope_Shape(`profile ${p} sample ${s} is not a list of frames`);
                path.length = 0;
                for (const f of stack)
                    path.push(frameId(f, `profile ${p} sample ${s}`));
                const weight = weights ? Number(weights[s]) : 1;
                if (!Number.isFinite(weight))
                    throw new speedscope_Shape(`profile ${p} weight ${s} is not a number`);
                value[0] = weight;
                builder.addStack(path, value, 1);
            });
        }
        else if (profile.type === 'evented') {
            const events = profile.events;
            if (!Array.isArray(events))
                throw new speedscope_Shape(`profile ${p} has no "events" list`);
            // The frames open at each moment; the innermost one gets the time until the next event.
            const open = [];
            const nodes = [0];
            let last = 0;
            events.forEach((raw, e) => {
                const event = raw;
                const at = Number(event?.at);
                if (!event || !Number.isFinite(at))
                    throw new speedscope_Shape(`profile ${p} event ${e} has no time "at"`);
                if (at < last && e > 0)
                    throw new speedscope_Shape(`profile ${p} event ${e} goes back in time (${at} after ${last})`);
                if (open.length > 0 && at > last) {
                    value[0] = at - last;
                    builder.add(nodes[nodes.length - 1], value, 1);
                }
                last = at;
                const fn = frameId(event.frame, `profile ${p} event ${e}`);
                if (event.type === 'O') {
                    open.push(fn);
                    nodes.push(builder.child(nodes[nodes.length - 1], fn));
                }
                else if (event.type === 'C') {
                    if (open.pop() !== fn)
                        throw new speedscope_Shape(`profile ${p} event ${e} closes a frame that is not the innermost open one`);
                    nodes.pop();
                }
                else
                    throw new speedscope_Shape(`profile ${p} event ${e} has type ${quoteValue(event.type)}, expected "O" or "C"`);
            });
            if (open.length > 0)
                throw new speedscope_Shape(`profile ${p} ends with ${open.length} frame(s) still open`);
        }
        else
            throw new speedscope_Shape(`profile ${p} has type ${quoteValue(profile.type)}, expected "sampled" or "evented"`);
    });
    return { format: 'speedscope', sampleTypes: [sampleType], defaultSampleType: 0, tree: builder.build(), notes: builder.notes() };
}

;// CONCATENATED MODULE: ./lib/formats/detect.js
// Format detection by content, never by file name: gzip, V8 .cpuprofile JSON, folded
// stacks, pprof protobuf. Each importer says "not mine" as a value; one error names them all.








/** Returns the profile in `bytes`; throws InputError naming `source` when it is none. */
function parseProfile(bytes, source, options = {}) {
    try {
        return parseAny(bytes, source, options);
    }
    catch (error) {
        if (error instanceof LimitError)
            throw new errors_InputError(`${source}: ${error.message}; expected a profile within flamegate's limits`);
        throw error;
    }
}
function parseAny(bytes, source, options) {
    if (bytes.length === 0)
        throw new errors_InputError(`${source}: the file is empty, expected a profile (pprof, folded stacks or .cpuprofile)`);
    let data = bytes;
    if (isGzip(bytes)) {
        const result = tryGunzip(bytes, options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED);
        if ('reason' in result)
            throw new errors_InputError(`${source}: ${result.reason}`);
        data = result.bytes;
        if (data.length === 0)
            throw new errors_InputError(`${source}: gzip data that decompresses to nothing, expected a profile`);
    }
    if (looksLikeText(data)) {
        const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
        const head = text.trimStart();
        if (head.startsWith('{') || head.startsWith('[')) {
            let json;
            try {
                json = JSON.parse(text);
            }
            catch (error) {
                throw new errors_InputError(`${source}: JSON that does not parse (${error.message}), expected a V8 .cpuprofile or speedscope JSON`);
            }
            const result = isSpeedscopeJson(json) ? tryParseSpeedscope(json, options.shared) : tryParseCpuProfile(json, options.shared);
            if ('reason' in result)
                throw new errors_InputError(`${source}: ${result.reason}`);
            return result.profile;
        }
        if (looksLikePerfScript(text)) {
            const result = tryParsePerfScript(text, options.shared);
            if ('reason' in result)
                throw new errors_InputError(`${source}: ${result.reason}`);
            return result.profile;
        }
        const result = tryParseFolded(text, options.shared);
        if ('reason' in result)
            throw new errors_InputError(`${source}: text with ${result.reason}; expected folded stacks, perf script output, pprof, a .cpuprofile or speedscope JSON`);
        return result.profile;
    }
    const result = tryParsePprofFast(data, options.shared);
    if ('reason' in result) {
        throw new errors_InputError(`${source}: ${result.reason}; expected a pprof profile (gzipped or raw), folded stacks, perf script output, a V8 .cpuprofile or speedscope JSON`);
    }
    return result.profile;
}
/** True when the first 4 KiB hold no control bytes other than tab, newline and CR. */
function looksLikeText(data) {
    const end = Math.min(data.length, 4096);
    for (let i = 0; i < end; i++) {
        const b = data[i];
        if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./lib/model/units.js
const TIME = {
    nanoseconds: 1, ns: 1, nanosecond: 1,
    microseconds: 1e3, us: 1e3, microsecond: 1e3,
    milliseconds: 1e6, ms: 1e6, millisecond: 1e6,
    seconds: 1e9, s: 1e9, second: 1e9,
};
const BYTES = {
    bytes: 1, byte: 1, b: 1, kilobytes: 1024, kb: 1024, megabytes: 1024 ** 2, mb: 1024 ** 2,
    gigabytes: 1024 ** 3, gb: 1024 ** 3,
};
/** Returns the dimension of a unit and how many base units (ns, bytes, 1) one of it is. */
function units_getUnitScale(unit) {
    const u = unit.toLowerCase();
    if (u in TIME)
        return { dimension: 'time', scale: TIME[u] };
    if (u in BYTES)
        return { dimension: 'bytes', scale: BYTES[u] };
    return { dimension: 'count', scale: 1 };
}
/** Formats a value of a unit for people: `1.23 s`, `4.5 MB`, `1,200`. */
function formatValue(value, unit) {
    const { dimension, scale } = units_getUnitScale(unit);
    const base = value * scale;
    const abs = Math.abs(base);
    if (base === 0)
        return '0'; // nothing (a new function's baseline), not "0.00 ns"
    if (dimension === 'time') {
        if (abs >= 1e9)
            return `${fixed(base / 1e9)} s`;
        if (abs >= 1e6)
            return `${fixed(base / 1e6)} ms`;
        if (abs >= 1e3)
            return `${fixed(base / 1e3)} µs`;
        return `${fixed(base)} ns`;
    }
    if (dimension === 'bytes') {
        if (abs >= 1024 ** 3)
            return `${fixed(base / 1024 ** 3)} GB`;
        if (abs >= 1024 ** 2)
            return `${fixed(base / 1024 ** 2)} MB`;
        if (abs >= 1024)
            return `${fixed(base / 1024)} kB`;
        return `${fixed(base)} B`;
    }
    if (abs >= 1e6)
        return `${fixed(base / 1e6)}M`;
    if (abs >= 1e4)
        return `${fixed(base / 1e3)}k`;
    return Number.isInteger(base) ? String(base) : fixed(base);
}
function fixed(x) {
    const a = Math.abs(x);
    return x.toFixed(a >= 100 ? 0 : a >= 10 ? 1 : 2);
}
/** Formats a fraction as a signed percentage: `+12.3%`. */
function formatPercent(fraction, signed = true) {
    if (!Number.isFinite(fraction))
        return fraction > 0 ? '+∞%' : fraction < 0 ? '−∞%' : 'n/a';
    const p = fraction * 100;
    const a = Math.abs(p);
    const text = a >= 100 ? p.toFixed(0) : a >= 10 ? p.toFixed(1) : p.toFixed(2);
    return signed && p > 0 ? `+${text}%` : `${text}%`;
}

;// CONCATENATED MODULE: ./lib/load-runs.js
// Reads the profile files of each side: globs expanded, formats detected, one sample type
// chosen for all runs, incompatible profiles refused. The only core-facing file reader.





/** Returns the files named by paths and globs, in order, each once. */
function expandInputs(patterns, side) {
    const files = [];
    for (const pattern of patterns) {
        let matched;
        const stat = tryStat(pattern);
        if (stat?.isDirectory())
            throw new InputError(`${side} ${quote(pattern)}: is a directory, expected a profile file or a glob such as '${pattern.replace(/\/$/, '')}/*.pb.gz'`);
        if (stat) {
            matched = [pattern];
        }
        else {
            matched = globSync(pattern, { onlyFiles: true, expandDirectories: false }).sort(naturalCompare);
            if (matched.length === 0) {
                throw new InputError(/[*?[{]/.test(pattern)
                    ? `${side} ${quote(pattern)}: the glob matched no file`
                    : `${side} ${quote(pattern)}: no such file`);
            }
        }
        for (const file of matched)
            if (!files.includes(file))
                files.push(file);
    }
    return files;
}
function tryStat(path) {
    try {
        return statSync(path);
    }
    catch {
        return undefined;
    }
}
/** Orders `run-2` before `run-10`. */
function naturalCompare(a, b) {
    return a.localeCompare(b, 'en', { numeric: true });
}
/** The files' total size on disk; files that cannot be read count 0 (their reader says why). */
function totalSize(files) {
    let bytes = 0;
    for (const file of files) {
        try {
            bytes += statSync(file).size;
        }
        catch {
            // Reported by readProfiles, with the reason.
        }
    }
    return bytes;
}
/** Reads and parses each file; the notes say what importers skipped. */
function readProfiles(files, side, options) {
    return files.map((file) => {
        let bytes;
        try {
            bytes = (0,external_node_fs_namespaceObject.readFileSync)(file);
        }
        catch (error) {
            throw new errors_InputError(`${side} ${errors_quote(file)}: cannot be read (${error.code ?? error.message})`);
        }
        return { source: file, profile: parseProfile(bytes, `${side} ${errors_quote(file)}`, options) };
    });
}
/**
 * Chooses the sample type to compare (the one asked for, else the first baseline run's
 * default) and returns the runs. Throws InputError when a run lacks that type or measures
 * something else (CPU time against heap bytes).
 */
function selectSampleType(baseline, candidate, requested) {
    const all = [...baseline.map((p) => ({ ...p, side: 'baseline' })), ...candidate.map((p) => ({ ...p, side: 'candidate' }))];
    if (all.length === 0)
        throw new InputError('no profiles to read');
    const first = all[0];
    let wanted;
    if (requested !== undefined) {
        const index = findType(first.profile.sampleTypes, requested);
        if (index < 0)
            throw new InputError(`${first.side} ${quote(first.source)}: no sample type ${quote(requested)}; it has ${listTypes(first.profile.sampleTypes)}`);
        wanted = first.profile.sampleTypes[index];
    }
    else {
        wanted = first.profile.sampleTypes[first.profile.defaultSampleType];
    }
    const wantedScale = getUnitScale(wanted.unit);
    const toRun = (p) => {
        const types = p.profile.sampleTypes;
        const index = findType(types, wanted.type);
        if (index < 0) {
            const theirs = types[p.profile.defaultSampleType];
            throw new InputError(`${p.side} ${quote(p.source)}: measures ${theirs.type}/${theirs.unit}, not ${wanted.type}/${wanted.unit} like ${first.side} ${quote(first.source)}; profiles of different kinds cannot be compared (it has ${listTypes(types)}; pick one with --sample-type)`);
        }
        const scale = getUnitScale(types[index].unit);
        if (scale.dimension !== wantedScale.dimension) {
            throw new InputError(`${p.side} ${quote(p.source)}: ${wanted.type} is in ${types[index].unit}, but in ${wanted.unit} in ${first.side} ${quote(first.source)}; expected the same unit`);
        }
        return { source: p.source, profile: p.profile, typeIndex: index, scale: scale.scale / wantedScale.scale };
    };
    return {
        sampleType: wanted,
        baseline: all.filter((p) => p.side === 'baseline').map(toRun),
        candidate: all.filter((p) => p.side === 'candidate').map(toRun),
    };
}
/** Finds a sample type by name (`cpu`) or name and unit (`cpu/nanoseconds`). */
function findType(types, name) {
    const exact = types.findIndex((t) => t.type === name || `${t.type}/${t.unit}` === name);
    return exact >= 0 ? exact : types.findIndex((t) => t.type.toLowerCase() === name.toLowerCase());
}
function listTypes(types) {
    return types.map((t) => `${t.type}/${t.unit}`).join(', ');
}

;// CONCATENATED MODULE: ./lib/parse-worker.js
// The parse worker (dist/parse-worker/index.js): reads and parses the profiles it is sent
// and hands each call tree back without a copy (its typed arrays are transferred).



external_node_worker_threads_namespaceObject.parentPort?.on('message', (job) => {
    let reply;
    const transfer = new Set();
    try {
        const [parsed] = readProfiles([job.file], job.side, job.options);
        const { tree } = parsed.profile;
        for (const array of [tree.parent, tree.func, tree.leaves, tree.leafRecords, ...tree.leafSelf])
            transfer.add(array.buffer);
        reply = { id: job.id, profile: parsed.profile };
    }
    catch (error) {
        reply = { id: job.id, error: error.message, input: error instanceof errors_InputError };
    }
    external_node_worker_threads_namespaceObject.parentPort.postMessage(reply, [...transfer]);
});

module.exports = __webpack_exports__;
/******/ })()
;