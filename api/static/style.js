// Colours and shapes per entity type, and the Cytoscape stylesheet.

export const TYPES = {
  Agency: { color: "#2563eb", shape: "round-rectangle", size: 34 },
  Person: { color: "#ea580c", shape: "ellipse", size: 30 },
  Agreement: { color: "#16a34a", shape: "diamond", size: 34 },
  Event: { color: "#9333ea", shape: "hexagon", size: 32 },
  Location: { color: "#0891b2", shape: "triangle", size: 28 },
  Article: { color: "#64748b", shape: "rectangle", size: 22 },
};

export const RELATION_COLORS = {
  HOLDS_POSITION: "#ea580c", CHAIRS: "#9333ea", ATTENDS: "#a78bfa", ORGANIZES: "#2563eb",
  PARTY_TO: "#16a34a", ISSUED: "#15803d", REVIEWS: "#7c3aed", LAUNCHES: "#7c3aed", SIGNS: "#7c3aed",
  PART_OF: "#1e40af", HELD_IN: "#0891b2", MENTIONS: "#94a3b8", COORDINATES: "#16a34a",
};

/** A small SVG of a type's shape, for the legend and the suggestion list. */
export function shapeSVG(type, px = 16) {
  const t = TYPES[type] || { color: "#475569", shape: "ellipse" };
  const c = t.color;
  const s = {
    "round-rectangle": `<rect x="1.5" y="3.5" width="13" height="9" rx="2.5" fill="${c}"/>`,
    ellipse: `<circle cx="8" cy="8" r="6" fill="${c}"/>`,
    diamond: `<path d="M8 1.5 14.5 8 8 14.5 1.5 8Z" fill="${c}"/>`,
    hexagon: `<path d="M4.5 2h7L15 8l-3.5 6h-7L1 8Z" fill="${c}"/>`,
    triangle: `<path d="M8 2 14.5 14h-13Z" fill="${c}"/>`,
    rectangle: `<rect x="2.5" y="2.5" width="11" height="11" fill="${c}"/>`,
  }[t.shape];
  return `<svg class="shape" width="${px}" height="${px}" viewBox="0 0 16 16" aria-hidden="true">${s}</svg>`;
}

export function stylesheet() {
  const byType = Object.entries(TYPES).map(([type, t]) => ({
    selector: `node[type = "${type}"]`,
    style: { "background-color": t.color, shape: t.shape, width: t.size, height: t.size },
  }));
  const byRel = Object.entries(RELATION_COLORS).map(([type, color]) => ({
    selector: `edge[type = "${type}"]`,
    style: { "line-color": color, "target-arrow-color": color },
  }));
  return [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "font-family": "system-ui, Roboto, Noto Sans, DejaVu Sans, sans-serif",
        "font-size": 12,
        color: "#0f172a",
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 5,
        "text-wrap": "wrap",
        "text-max-width": 150,
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.7,
        "text-background-padding": 2,
        "text-background-shape": "round-rectangle",
        "border-width": 2,
        "border-color": "#ffffff",
        "min-zoomed-font-size": 6,
      },
    },
    ...byType,
    { selector: "node.seed", style: { "border-width": 3, "border-color": "#0f172a" } },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#facc15", "font-weight": "bold" } },
    {
      selector: "edge",
      style: {
        width: 1.6,
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
        label: "data(label)",
        "font-size": 10,
        color: "#334155",
        "text-rotation": "autorotate",
        "text-background-color": "#f8fafc",
        "text-background-opacity": 0.9,
        "text-background-padding": 1,
        "min-zoomed-font-size": 7,
        opacity: 0.85,
      },
    },
    ...byRel,
    { selector: "edge:selected", style: { width: 4, opacity: 1, "line-color": "#facc15", "target-arrow-color": "#facc15" } },
    { selector: ".dim", style: { opacity: 0.15 } },
    { selector: "node.path", style: { "border-width": 5, "border-color": "#dc2626", opacity: 1 } },
    { selector: "edge.path", style: { width: 5, "line-color": "#dc2626", "target-arrow-color": "#dc2626", opacity: 1, "z-index": 10 } },
    { selector: "node.path-end", style: { "border-color": "#dc2626", "border-style": "double", "border-width": 6 } },
    { selector: "node.overview", style: { width: "data(size)", height: "data(size)" } },
    { selector: "edge.overview", style: { width: "mapData(weight, 1, 6, 2, 8)", "target-arrow-shape": "none", opacity: 0.6 } },
    { selector: ".nolabel", style: { label: "" } },
    { selector: "node.hover", style: { label: "data(label)", "z-index": 99, "text-background-opacity": 1 } },
    { selector: ".filtered", style: { display: "none" } },
  ];
}
