WHO = "filesystem"
