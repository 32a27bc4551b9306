input()
while True:
    print(50, flush=True)
    if input() == "correct":
        break
