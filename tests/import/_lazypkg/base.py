BASE = "base"
