// Far over the 64 MiB heap: 512 MiB of small objects kept alive.
const blocks = [];
for (let i = 0; i < 64; i++) {
  const block = [];
  for (let j = 0; j < (1 << 20); j++) {
    block.push({ i, j });
  }
  blocks.push(block);
}
console.log(blocks.length);
