print("frozen boot")
boot_value = 7
