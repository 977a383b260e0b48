print("frozen main; boot says", boot_value)
