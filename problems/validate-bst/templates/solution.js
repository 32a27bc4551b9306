const data = require('fs').readFileSync(0, 'utf8');

class TreeNode {
  constructor(val = 0, left = null, right = null) {
    this.val = val;
    this.left = left;
    this.right = right;
  }
}

// Return true if the tree is a binary search tree: for every node, all values in its left
// subtree are smaller and all values in its right subtree are larger (strictly).
// root is null for an empty tree. Values are BigInt (they need 64 bits).
function isValidBST(root) {
  // TODO: your code here
  return false;
}

const tok = data.split(/\s+/).filter((s) => s.length > 0);
const n = tok.length ? Number(tok[0]) : 0;
const node = new Array(n + 1).fill(null);
for (let i = 1; i <= n; i++) node[i] = new TreeNode(BigInt(tok[3 * i - 2]));
for (let i = 1; i <= n; i++) {
  node[i].left = node[Number(tok[3 * i - 1])];   // node[0] is null
  node[i].right = node[Number(tok[3 * i])];
}
const root = n > 0 ? node[1] : null;
console.log(isValidBST(root) ? 'true' : 'false');
