#!/usr/bin/env node
// Build-time generator: reads the Iconify JSON icon sets (devDependencies), picks the icons
// named in ./catalogue.mjs, parses each SVG body into a small renderer-neutral element tree and
// writes src/pictureKeys.generated.ts, src/pictureCatalogue.generated.ts,
// src/pictureDrawings.generated.ts and ATTRIBUTION.md.
// The output is committed, so the package needs nothing at run time.
// Run: `node packages/symbols/scripts/generate.mjs` (`--check` to verify).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { catalogue } from './catalogue.mjs';

const require = createRequire(import.meta.url);
const packageDir = fileURLToPath(new URL('..', import.meta.url));

// Health Icons draw in `currentColor`; renderers such as react-pdf have no current colour, so
// they get one solid, high-contrast blue.
const HEALTH_ICON_COLOUR = '#1d4f91';

const sets = {
  fluent: loadSet('@iconify-json/fluent-emoji-flat'),
  health: loadSet('@iconify-json/healthicons'),
};
const OUR_SOURCE = {
  set: 'wholepicture',
  license: 'MIT',
  author: 'Whole Picture contributors',
};

function loadSet(packageName) {
  const icons = JSON.parse(readFileSync(require.resolve(`${packageName}/icons.json`), 'utf8'));
  const info = JSON.parse(readFileSync(require.resolve(`${packageName}/info.json`), 'utf8'));
  const pkg = JSON.parse(readFileSync(require.resolve(`${packageName}/package.json`), 'utf8'));
  if (info.license?.spdx !== 'MIT') {
    throw new Error(`${packageName}: expected an MIT icon set, found ${JSON.stringify(info.license)}`);
  }
  return {
    packageName,
    version: pkg.version,
    icons,
    source: {
      set: icons.prefix,
      license: info.license.spdx,
      author: info.author.name,
      url: info.author.url,
    },
    licenseUrl: info.license.url,
  };
}

// --- SVG parsing -----------------------------------------------------------------------

const ELEMENT_TYPES = new Set(['g', 'path', 'circle', 'ellipse', 'rect', 'line', 'polygon', 'polyline']);
const ATTRIBUTES = new Map(
  [
    'd',
    'fill',
    'fill-opacity',
    'fill-rule',
    'clip-rule',
    'opacity',
    'stroke',
    'stroke-width',
    'stroke-opacity',
    'stroke-linecap',
    'stroke-linejoin',
    'stroke-miterlimit',
    'transform',
    'cx',
    'cy',
    'r',
    'rx',
    'ry',
    'x',
    'y',
    'width',
    'height',
    'x1',
    'y1',
    'x2',
    'y2',
    'points',
  ].map((name) => [name, name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())]),
);
// Presentation attributes that children inherit; pushed down to the leaves so a renderer that
// does not inherit from groups (or treats them differently) still draws the same picture.
const INHERITED = [
  'fill',
  'fillOpacity',
  'fillRule',
  'clipRule',
  'stroke',
  'strokeWidth',
  'strokeOpacity',
  'strokeLinecap',
  'strokeLinejoin',
  'strokeMiterlimit',
];
// Attributes that are safe to drop: ids (only referenced by things we reject) and metadata.
const IGNORED = new Set(['id', 'xmlns', 'xmlns:xlink', 'version', 'class']);

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e) => {
    const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()];
    if (named) return named;
    return String.fromCodePoint(
      e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
    );
  });
}

/** Parses an SVG fragment into `{ name, attrs, children }` nodes (text is ignored). */
function parseXml(body, where) {
  const root = { name: '#root', attrs: {}, children: [] };
  const stack = [root];
  const tag = /<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const match of body.matchAll(tag)) {
    const between = body.slice(last, match.index);
    if (between.includes('<'))
      throw new Error(`${where}: cannot parse near ${JSON.stringify(between.slice(0, 60))}`);
    last = match.index + match[0].length;
    const [, closing, name, rawAttrs, selfClosing] = match;
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`${where}: </${name}> closes <${open?.name}>`);
      continue;
    }
    const attrs = {};
    for (const a of rawAttrs.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]] = decodeEntities(a[2]);
    const node = { name, attrs, children: [] };
    stack.at(-1).children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (stack.length !== 1 || body.slice(last).includes('<')) throw new Error(`${where}: unbalanced SVG body`);
  return root;
}

function parseColour(value) {
  const v = value.trim().toLowerCase();
  let m = /^#([0-9a-f]{3})$/.exec(v);
  if (m) return [...m[1]].map((c) => parseInt(c + c, 16));
  m = /^#([0-9a-f]{6})$/.exec(v);
  if (m) return [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16));
  m = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(v);
  if (m) return m.slice(1, 4).map(Number);
  const named = { white: [255, 255, 255], black: [0, 0, 0] }[v];
  if (named) return named;
  throw new Error(`unsupported gradient stop colour ${value}`);
}

function toHex(rgb) {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** A gradient's middle stop (the mix of the two middle stops when the count is even). */
function gradientColour(node, gradients, where) {
  const stops = node.children.filter((c) => c.name === 'stop');
  if (stops.length === 0) {
    const href = node.attrs.href ?? node.attrs['xlink:href'];
    const linked = href && gradients.get(href.replace(/^#/, ''));
    if (linked) return linked;
    throw new Error(`${where}: gradient #${node.attrs.id} has no stops`);
  }
  const colourOf = (stop) => {
    const style = /stop-color:\s*([^;]+)/.exec(stop.attrs.style ?? '');
    return parseColour(stop.attrs['stop-color'] ?? style?.[1] ?? '#000');
  };
  const mid = (stops.length - 1) / 2;
  const a = colourOf(stops[Math.floor(mid)]);
  const b = colourOf(stops[Math.ceil(mid)]);
  return toHex(a.map((c, i) => (c + b[i]) / 2));
}

function collectGradients(node, gradients, where) {
  for (const child of node.children) {
    if (child.name === 'linearGradient' || child.name === 'radialGradient') {
      gradients.set(child.attrs.id, gradientColour(child, gradients, where));
    } else {
      collectGradients(child, gradients, where);
    }
  }
}

/** Converts parsed SVG nodes to picture elements: url() fills resolved, styles pushed to leaves. */
function convert(nodes, inherited, context) {
  const out = [];
  for (const node of nodes) {
    if (node.name === 'defs') continue;
    if (!ELEMENT_TYPES.has(node.name)) {
      throw new Error(`${context.where}: <${node.name}> is not supported; pick another icon`);
    }
    const own = {};
    for (const [name, value] of Object.entries(node.attrs)) {
      if (IGNORED.has(name)) continue;
      if (name === 'clip-path' || name === 'mask' || name === 'filter' || name === 'style') {
        throw new Error(`${context.where}: the ${name} attribute is not supported; pick another icon`);
      }
      const key = ATTRIBUTES.get(name);
      if (!key) throw new Error(`${context.where}: unknown attribute ${name} on <${node.name}>`);
      own[key] = resolvePaint(value, context);
    }
    const resolved = { ...inherited };
    for (const k of INHERITED) if (own[k] !== undefined) resolved[k] = own[k];
    if (node.name === 'g') {
      const children = convert(node.children, resolved, context);
      if (children.length === 0) continue;
      const groupAttrs = {};
      if (own.transform) groupAttrs.transform = own.transform;
      if (own.opacity) groupAttrs.opacity = own.opacity;
      if (Object.keys(groupAttrs).length === 0) out.push(...children);
      else out.push({ type: 'g', attrs: groupAttrs, children });
      continue;
    }
    const attrs = { ...own };
    for (const k of INHERITED) if (resolved[k] !== undefined) attrs[k] = resolved[k];
    // SVG paints black when nothing says otherwise; say so, so renderers need no defaults.
    if (attrs.fill === undefined) attrs.fill = '#000000';
    const paintsFill = attrs.fill !== 'none' && attrs.fill !== 'transparent';
    const paintsStroke = attrs.stroke !== undefined && attrs.stroke !== 'none';
    if (!paintsFill && !paintsStroke) continue;
    if (!paintsStroke) {
      for (const k of [
        'stroke',
        'strokeWidth',
        'strokeOpacity',
        'strokeLinecap',
        'strokeLinejoin',
        'strokeMiterlimit',
      ])
        delete attrs[k];
    }
    if (!paintsFill) {
      delete attrs.fillRule;
      delete attrs.fillOpacity;
    }
    if (attrs.clipRule && !context.keepClipRule) delete attrs.clipRule;
    out.push({ type: node.name, attrs: sortKeys(attrs) });
  }
  return out;
}

function resolvePaint(value, context) {
  const url = /^url\(#([^)]+)\)$/.exec(value.trim());
  if (url) {
    const colour = context.gradients.get(url[1]);
    if (!colour) throw new Error(`${context.where}: ${value} does not name a gradient`);
    return colour;
  }
  if (value.includes('url(')) throw new Error(`${context.where}: cannot resolve ${value}`);
  if (value === 'currentColor') return context.currentColor;
  return value;
}

function sortKeys(attrs) {
  return Object.fromEntries(
    Object.entries(attrs).sort(([a], [b]) => (a === 'd' ? 1 : b === 'd' ? -1 : a.localeCompare(b))),
  );
}

function countLeaves(elements) {
  return elements.reduce((n, e) => n + (e.children ? countLeaves(e.children) : 1), 0);
}

/** Parses one SVG body into elements on its own view box. */
function bodyToElements(body, where, currentColor) {
  const root = parseXml(body, where);
  const gradients = new Map();
  collectGradients(root, gradients, where);
  // clip-rule only matters inside a clip path, and we allow none.
  return convert(root.children, {}, { where, gradients, currentColor, keepClipRule: false });
}

// --- Catalogue -> pictures ---------------------------------------------------------------

const fmt = (n) => String(Math.round(n * 1000) / 1000);

function loadIcon(ref) {
  const [setId, name] = ref.split(':');
  const set = sets[setId];
  if (!set) throw new Error(`${ref}: unknown set ${setId}`);
  let icon = set.icons.icons[name];
  let alias = set.icons.aliases?.[name];
  while (!icon && alias) {
    icon = set.icons.icons[alias.parent];
    alias = icon ? undefined : set.icons.aliases?.[alias.parent];
  }
  if (!icon) throw new Error(`${ref}: no such icon in ${set.packageName}`);
  const width = icon.width ?? set.icons.width ?? 16;
  const height = icon.height ?? set.icons.height ?? 16;
  let elements = bodyToElements(icon.body, ref, HEALTH_ICON_COLOUR);
  const left = icon.left ?? set.icons.left ?? 0;
  const top = icon.top ?? set.icons.top ?? 0;
  if (left !== 0 || top !== 0) {
    elements = [
      { type: 'g', attrs: { transform: `translate(${fmt(-left)} ${fmt(-top)})` }, children: elements },
    ];
  }
  if (icon.hFlip || icon.vFlip || icon.rotate) throw new Error(`${ref}: transformed icons are not supported`);
  return { set, name, width, height, elements };
}

function buildPicture(entry) {
  if (entry.icon) {
    const icon = loadIcon(entry.icon);
    return {
      width: icon.width,
      height: icon.height,
      elements: icon.elements,
      source: { ...icon.set.source, icon: icon.name },
      sourceKey: entry.icon,
    };
  }
  if (entry.layers) {
    const icons = entry.layers.map((layer) => ({ layer, icon: loadIcon(layer.icon) }));
    const setsUsed = new Set(icons.map(({ icon }) => icon.set));
    if (setsUsed.size !== 1) throw new Error(`${entry.key}: layers must come from one icon set`);
    const elements = icons.map(({ layer, icon }) => {
      const scale = layer.size / Math.max(icon.width, icon.height);
      const sx = layer.mirror ? -scale : scale;
      const tx = layer.mirror ? layer.x + layer.size : layer.x;
      return {
        type: 'g',
        attrs: { transform: `translate(${fmt(tx)} ${fmt(layer.y)}) scale(${fmt(sx)} ${fmt(scale)})` },
        children: icon.elements,
      };
    });
    return {
      width: 32,
      height: 32,
      elements,
      source: { ...icons[0].icon.set.source, icon: icons.map(({ icon }) => icon.name).join(' + ') },
      sourceKey: entry.layers.map((l) => l.icon).join('+'),
    };
  }
  if (entry.custom) {
    return {
      width: entry.width,
      height: entry.height,
      elements: bodyToElements(entry.custom, entry.key, HEALTH_ICON_COLOUR),
      source: { ...OUR_SOURCE, icon: entry.key },
      sourceKey: `custom:${entry.key}`,
    };
  }
  throw new Error(`${entry.key}: an entry needs icon, layers, custom or alias`);
}

function checkEntry(entry, seen) {
  if (typeof entry.key !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.key)) {
    throw new Error(`bad key ${JSON.stringify(entry.key)}: use lower-case words joined by hyphens`);
  }
  if (seen.has(entry.key)) throw new Error(`${entry.key}: key listed twice`);
  seen.add(entry.key);
  for (const locale of ['en', 'cy']) {
    if (typeof entry[locale] !== 'string' || entry[locale].trim() === '') {
      throw new Error(`${entry.key}: missing ${locale} alt text`);
    }
  }
}

const seen = new Set();
const built = new Map();
for (const entry of catalogue) {
  checkEntry(entry, seen);
  if (!entry.alias) built.set(entry.key, buildPicture(entry));
}

// One const per distinct drawing, so aliases and keys sharing an icon cost nothing extra.
const drawings = new Map();
const pictures = [];
for (const entry of catalogue) {
  const target = entry.alias ? built.get(entry.alias) : built.get(entry.key);
  if (!target) throw new Error(`${entry.key}: alias of unknown key ${entry.alias}`);
  if (countLeaves(target.elements) === 0) throw new Error(`${entry.key}: the picture is empty`);
  if (!drawings.has(target.sourceKey))
    drawings.set(target.sourceKey, { id: `d${drawings.size}`, elements: target.elements });
  pictures.push({ entry, picture: target, drawing: drawings.get(target.sourceKey) });
}

// --- Output ------------------------------------------------------------------------------

const setConstName = new Map([
  ['fluent-emoji-flat', 'fluentEmojiFlat'],
  ['healthicons', 'healthIcons'],
  ['wholepicture', 'wholePicture'],
]);
const sourceConsts = [
  ['fluentEmojiFlat', sets.fluent.source],
  ['healthIcons', sets.health.source],
  ['wholePicture', OUR_SOURCE],
];

const q = (s) => JSON.stringify(s);
const header = [
  '// Generated by scripts/generate.mjs from scripts/catalogue.mjs: do not edit by hand.',
  `// Sources: ${sets.fluent.packageName}@${sets.fluent.version}, ${sets.health.packageName}@${sets.health.version} (MIT).`,
];

/** Array items written `perRow` to a line, each line indented and ending in a comma. */
function listRows(items, perRow) {
  const rows = [];
  for (let i = 0; i < items.length; i += perRow) rows.push(`  ${items.slice(i, i + perRow).join(', ')},`);
  return rows;
}

// Three files. The keys are tiny and load with the package (and only when a host uses them).
// The catalogue (sizes, alt text, licences) and the drawings load together, on demand
// (`loadPictures`), so a host's start-up bundle holds neither.
const keysLines = [...header];
keysLines.push('');
keysLines.push('/** Every key of the built-in set, in catalogue order. */');
keysLines.push('export const pictureKeys: readonly string[] = /* @__PURE__ */ Object.freeze([');
keysLines.push(
  ...listRows(
    pictures.map(({ entry }) => q(entry.key)),
    6,
  ),
);
keysLines.push(']);');
keysLines.push('');
const keysFile = keysLines.join('\n');

const catalogueLines = [...header];
catalogueLines.push("import type { Picture } from './Picture.js';");
catalogueLines.push('');
for (const [name, source] of sourceConsts) {
  catalogueLines.push(`const ${name} = ${JSON.stringify(source)} as const;`);
}
catalogueLines.push('');
catalogueLines.push(
  '/** The built-in pictures without their drawings, one per key, in catalogue order (loaded on demand). */',
);
catalogueLines.push("export const pictureCatalogue: readonly Omit<Picture, 'elements'>[] = [");
for (const { entry, picture } of pictures) {
  const sourceConst = setConstName.get(picture.source.set);
  catalogueLines.push(
    `  { key: ${q(entry.key)}, width: ${picture.width}, height: ${picture.height}, ` +
      `alt: { en: ${q(entry.en)}, cy: ${q(entry.cy)} }, source: { ...${sourceConst}, icon: ${q(picture.source.icon)} } },`,
  );
}
catalogueLines.push('];');
catalogueLines.push('');
const catalogueFile = catalogueLines.join('\n');

const lines = [...header];
lines.push("import type { PictureElement } from './Picture.js';");
lines.push('');
for (const { id, elements } of drawings.values()) {
  lines.push(`const ${id}: readonly PictureElement[] = ${JSON.stringify(elements)};`);
}
lines.push('');
lines.push('/** The drawing of each built-in picture, in the order of `pictureCatalogue`. */');
lines.push('export const pictureDrawings: readonly (readonly PictureElement[])[] = [');
lines.push(
  ...listRows(
    pictures.map(({ drawing }) => drawing.id),
    8,
  ),
);
lines.push('];');
lines.push('');
const generated = lines.join('\n');

const attribution = [
  '# Picture attribution',
  '',
  '<!-- Generated by scripts/generate.mjs: do not edit by hand. -->',
  '',
  'The pictures in this package come from these openly licensed sets. The full licence texts are in',
  '[`LICENSES/`](./LICENSES).',
  '',
  `- **Fluent Emoji** (flat style), © ${sets.fluent.source.author}, ${sets.fluent.source.license} licence — ` +
    `${sets.fluent.source.url} (via \`${sets.fluent.packageName}@${sets.fluent.version}\`). See \`LICENSES/fluent-emoji-MIT.txt\`.`,
  `- **Health Icons**, © ${sets.health.source.author}, ${sets.health.source.license} licence — ` +
    `${sets.health.source.url} (via \`${sets.health.packageName}@${sets.health.version}\`). See \`LICENSES/healthicons-MIT.txt\`.`,
  `- Pictures drawn for this package (set \`wholepicture\`), © ${OUR_SOURCE.author}, MIT licence, as the package.`,
  '',
  'Health Icons are recoloured to a solid blue; gradients are replaced by solid colours; some',
  'pictures combine two or three icons. These are modifications permitted by the MIT licence.',
  '',
  '| key | set | icon | licence | author |',
  '| --- | --- | --- | --- | --- |',
  ...pictures.map(
    ({ entry, picture }) =>
      `| \`${entry.key}\` | ${picture.source.set} | ${picture.source.icon}${entry.alias ? ` (same as \`${entry.alias}\`)` : ''} | ${picture.source.license} | ${picture.source.author} |`,
  ),
  '',
];
const outputs = [
  [new URL('../src/pictureKeys.generated.ts', import.meta.url), keysFile],
  [new URL('../src/pictureCatalogue.generated.ts', import.meta.url), catalogueFile],
  [new URL('../src/pictureDrawings.generated.ts', import.meta.url), generated],
  [new URL('../ATTRIBUTION.md', import.meta.url), attribution.join('\n')],
];

// `--check` verifies the committed output matches the catalogue instead of writing it.
if (process.argv.includes('--check')) {
  const stale = outputs.filter(([url, text]) => {
    try {
      return readFileSync(url, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    process.stderr.write(
      `Out of date: ${stale.map(([url]) => fileURLToPath(url)).join(', ')}. Run node scripts/generate.mjs.\n`,
    );
    process.exit(1);
  }
  process.stdout.write('Generated pictures are up to date.\n');
  process.exit(0);
}
for (const [url, text] of outputs) writeFileSync(url, text);

process.stdout.write(
  `Wrote ${pictures.length} pictures (${drawings.size} drawings), ` +
    `src/pictureDrawings.generated.ts ${(Buffer.byteLength(generated) / 1024).toFixed(1)} KB, to ${packageDir}\n`,
);
