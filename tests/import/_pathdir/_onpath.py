WHERE = "pathdir"
