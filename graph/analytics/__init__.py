"""Network analytics: the store's graph as networkx (`export`), and functions of it (`network`)."""
