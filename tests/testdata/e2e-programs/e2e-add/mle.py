# 512 MiB of distinct bytes objects, all touched.
blocks = []
for i in range(64):
    blocks.append(bytes([i + 1]) * (8 << 20))
print(len(blocks))
