print("tidings-bench")
