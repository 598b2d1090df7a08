// Counts which field components re-render in each React commit, in a production build, by
// posing as React DevTools: React calls `__REACT_DEVTOOLS_GLOBAL_HOOK__.onCommitFiberRoot`
// after every commit, in production builds too. This module must be evaluated before
// react-dom, so each page imports it first.

interface Fiber {
  tag: number;
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

/** What re-rendered between two keystrokes. */
export interface RenderBucket {
  /** Field components (leaf "field roots") with any component re-rendered inside them. */
  fields: number;
  /** How many times each named component rendered. */
  components: Record<string, number>;
}

// Function, class, forwardRef, memo and simple memo components: the fibers that "render".
const componentTags = new Set([0, 1, 11, 14, 15]);
// React's `PerformedWork` flag: set on a component fiber that rendered in this commit.
const performedWork = 1;

let fieldRoots = new Set<string>();
let enabled = false;
let current: { fields: Set<Fiber>; components: Record<string, number> } | undefined;
const buckets: RenderBucket[] = [];

function nameOfType(type: unknown): string | undefined {
  if (typeof type === 'function') {
    const named = type as { displayName?: string; name?: string };
    return named.displayName ?? named.name;
  }
  if (type !== null && typeof type === 'object') {
    const wrapper = type as { displayName?: string; type?: unknown; render?: unknown };
    return wrapper.displayName ?? nameOfType(wrapper.type) ?? nameOfType(wrapper.render);
  }
  return undefined;
}

function addField(fields: Set<Fiber>, fiber: Fiber) {
  if (fields.has(fiber) || (fiber.alternate !== null && fields.has(fiber.alternate))) return;
  fields.add(fiber);
}

/**
 * Walks the committed tree. `changed` is false inside a subtree React bailed out of (its
 * fibers were not even cloned, so their flags are stale). Returns whether any component in
 * the subtree rendered and whether it holds a field root.
 */
function visit(
  fiber: Fiber,
  changed: boolean,
  bucket: NonNullable<typeof current>,
): { rendered: boolean; hasRoot: boolean } {
  const name = componentTags.has(fiber.tag) ? nameOfType(fiber.type) : undefined;
  const self =
    changed &&
    componentTags.has(fiber.tag) &&
    (fiber.alternate === null || (fiber.flags & performedWork) !== 0);
  if (self && name) bucket.components[name] = (bucket.components[name] ?? 0) + 1;
  const childrenChanged = changed && !(fiber.alternate !== null && fiber.child === fiber.alternate.child);
  let rendered = self;
  let hasRoot = false;
  for (let child = fiber.child; child !== null; child = child.sibling) {
    const result = visit(child, childrenChanged, bucket);
    rendered ||= result.rendered;
    hasRoot ||= result.hasRoot;
  }
  if (name !== undefined && fieldRoots.has(name)) {
    // Only the innermost field roots count (an object field holding fields is not a field).
    if (!hasRoot && rendered) addField(bucket.fields, fiber);
    return { rendered, hasRoot: true };
  }
  return { rendered, hasRoot };
}

const hook = {
  supportsFiber: true,
  renderers: new Map<number, unknown>(),
  inject(renderer: unknown) {
    hook.renderers.set(1, renderer);
    return 1;
  },
  onCommitFiberRoot(_id: number, root: { current: Fiber }) {
    if (!enabled || !current) return;
    visit(root.current, true, current);
  },
  onCommitFiberUnmount() {},
  onPostCommitFiberRoot() {},
  onScheduleFiberRoot() {},
  checkDCE() {},
};

(globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = hook;

function closeBucket() {
  if (current) buckets.push({ fields: current.fields.size, components: current.components });
  current = undefined;
}

/** The render counter a page drives. */
export const renderCounter = {
  /** Names the components that stand for one field each (e.g. `QuestionField`). */
  setFieldRoots(names: readonly string[]) {
    fieldRoots = new Set(names);
  },
  /** Starts or stops counting; counting walks the whole tree on each commit, so timings run with it off. */
  setEnabled(on: boolean) {
    closeBucket();
    if (on) buckets.length = 0;
    enabled = on;
  },
  /** Starts a new bucket (called at each keystroke) while counting. */
  nextBucket() {
    closeBucket();
    if (!enabled) return;
    current = { fields: new Set(), components: {} };
  },
  /** The closed buckets so far. */
  takeBuckets(): RenderBucket[] {
    closeBucket();
    return buckets.splice(0);
  },
};
