# gc.collect() and enable/disable work and programs keep running
import gc
gc.collect()
print("collected")
gc.disable()
junk = [[i] * 10 for i in range(1000)]
gc.enable()
junk = None
gc.collect()
print(gc.isenabled())
for i in range(20):
    l = [str(j) for j in range(200)]
    gc.collect()
print(len(l), l[-1])
