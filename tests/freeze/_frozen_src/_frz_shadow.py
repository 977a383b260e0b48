WHO = "frozen"
