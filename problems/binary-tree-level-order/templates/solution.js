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
  // TODO: your code here
  return [];
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
