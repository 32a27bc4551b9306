const data = require('fs').readFileSync(0, 'utf8');

class TreeNode {
  constructor(id, val = 0, left = null, right = null) {
    this.id = id; // the node's index in the input, 1..n (handy for arrays)
    this.val = val;
    this.left = left;
    this.right = right;
  }
}

class LCA {
  // Called once, before the queries, with the root and the number of nodes.
  constructor(root, n) {
    // TODO: preprocess the tree here
  }

  // Return the lowest common ancestor of u and v (a node is its own ancestor).
  query(u, v) {
    // TODO: your code here
    return u;
  }
}

const tok = data.split(/\s+/).filter((s) => s.length > 0);
let p = 0;
const n = Number(tok[p++]);
const node = new Array(n + 1).fill(null);
const l = new Int32Array(n + 1);
const r = new Int32Array(n + 1);
for (let i = 1; i <= n; i++) {
  node[i] = new TreeNode(i, Number(tok[p++]));
  l[i] = Number(tok[p++]);
  r[i] = Number(tok[p++]);
}
for (let i = 1; i <= n; i++) {
  node[i].left = node[l[i]]; // node[0] is null
  node[i].right = node[r[i]];
}
const lca = new LCA(node[1], n);
const q = Number(tok[p++]);
const out = new Array(q);
for (let i = 0; i < q; i++) {
  const u = Number(tok[p++]);
  const v = Number(tok[p++]);
  out[i] = lca.query(node[u], node[v]).id;
}
process.stdout.write(out.join('\n') + '\n');
