// Intended solution: BFS one level at a time (the next level is built from the current one).
// O(n) time and space.
const data = require('fs').readFileSync(0, 'utf8');

class TreeNode {
  constructor(val = 0, left = null, right = null) {
    this.val = val;
    this.left = left;
    this.right = right;
  }
}

// Return the values of the tree level by level: an array whose entry d is the array of the
// values at depth d (the root is at depth 0), from left to right.
// root is null for an empty tree.
function levelOrder(root) {
  const levels = [];
  let level = root !== null ? [root] : [];
  while (level.length > 0) {
    levels.push(level.map((u) => u.val));
    const next = [];
    for (const u of level) {
      if (u.left !== null) next.push(u.left);
      if (u.right !== null) next.push(u.right);
    }
    level = next;
  }
  return levels;
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

const levels = levelOrder(root);

process.stdout.write(levels.map((level) => level.join(' ') + '\n').join(''));
