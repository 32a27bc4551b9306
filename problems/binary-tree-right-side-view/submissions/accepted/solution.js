// Intended solution: BFS one level at a time; the last node of each level is visible.
// O(n) time and space.
const data = require('fs').readFileSync(0, 'utf8');

class TreeNode {
  constructor(val = 0, left = null, right = null) {
    this.val = val;
    this.left = left;
    this.right = right;
  }
}

// Return the values seen from the right side: for every level from the root down, the value
// of the last node of that level from left to right. root is null for an empty tree.
function rightSideView(root) {
  const view = [];
  let level = root !== null ? [root] : [];
  while (level.length > 0) {
    view.push(level[level.length - 1].val);
    const next = [];
    for (const u of level) {
      if (u.left !== null) next.push(u.left);
      if (u.right !== null) next.push(u.right);
    }
    level = next;
  }
  return view;
}

const tok = data.split(/\s+/).filter((s) => s.length > 0);
const n = tok.length ? Number(tok[0]) : 0;
const node = new Array(n + 1).fill(null);
for (let i = 1; i <= n; i++) node[i] = new TreeNode(Number(tok[3 * i - 2]));
for (let i = 1; i <= n; i++) {
  node[i].left = node[Number(tok[3 * i - 1])];   // node[0] is null
  node[i].right = node[Number(tok[3 * i])];
}
const root = n > 0 ? node[1] : null;

const view = rightSideView(root);

process.stdout.write(view.join(' ') + '\n');
