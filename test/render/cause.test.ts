import { describe, expect, it } from 'vitest';
import { classifyFrame } from '../../src/render/cause';

// Changes in points of the baseline total; `start` (the smallest change drawn) is 1 point.
const START = 0.01;
const significant = () => true;
const noise = () => false;

describe('classifyFrame: a frame is a cause where its own cost changed', () => {
  it('makes a leaf whose drawn total grew a cause (its self is its total)', () => {
    expect(classifyFrame({ total: 0.06, totalSignificant: true, self: 0.06 }, START, significant)).toEqual({ role: 'cause', direction: 1 });
  });

  it('draws a caller whose growth is all in its callees as grown through them', () => {
    expect(classifyFrame({ total: 0.14, totalSignificant: true, self: 0 }, START, significant)).toEqual({ role: 'through', direction: 1 });
    expect(classifyFrame({ total: -0.14, totalSignificant: true, self: 0 }, START, significant)).toEqual({ role: 'through', direction: -1 });
  });

  it('makes a frame a cause when its self grew by at least the smallest drawn change, even when its callees grew more', () => {
    expect(classifyFrame({ total: 0.25, totalSignificant: true, self: 0.021 }, START, significant).role).toBe('cause');
  });

  it('makes a frame a cause when its self carries half its drawn growth, below the smallest drawn change', () => {
    expect(classifyFrame({ total: 0.015, totalSignificant: true, self: 0.008 }, START, significant).role).toBe('cause');
    expect(classifyFrame({ total: 0.015, totalSignificant: true, self: 0.006 }, START, significant).role).toBe('through');
  });

  it('needs the self change to be significant', () => {
    expect(classifyFrame({ total: 0.06, totalSignificant: true, self: 0.03 }, START, noise).role).toBe('through');
    expect(classifyFrame({ total: 0.002, totalSignificant: false, self: 0.02 }, START, noise).role).toBe('none');
  });

  it('runs the self test only when the self change is large enough to matter', () => {
    let tested = 0;
    const counting = () => { tested++; return true; };
    classifyFrame({ total: 0.14, totalSignificant: true, self: 0 }, START, counting);
    classifyFrame({ total: 0.14, totalSignificant: true, self: 0.002 }, START, counting);
    expect(tested).toBe(0);
  });

  it('marks work moved into a frame from its callee: the frame grew, though its total did not', () => {
    expect(classifyFrame({ total: 0.001, totalSignificant: false, self: 0.03 }, START, significant)).toEqual({ role: 'cause', direction: 1 });
    // The callee that lost the work.
    expect(classifyFrame({ total: -0.03, totalSignificant: true, self: -0.03 }, START, significant)).toEqual({ role: 'cause', direction: -1 });
  });

  it('leaves changes below the smallest drawn one, or not significant, undrawn', () => {
    expect(classifyFrame({ total: 0.005, totalSignificant: true, self: 0.005 }, START, significant).role).toBe('none');
    expect(classifyFrame({ total: 0.04, totalSignificant: false, self: 0 }, START, significant).role).toBe('none');
  });
});
