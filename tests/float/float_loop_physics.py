# a deterministic simulation using only + - * / (bit-exact under IEEE)
x, v = 1.0, 0.0
k, dt = 4.0, 0.01
for step in range(1000):
    a = -k * x
    v += a * dt
    x += v * dt
print(x, v)
pos = [0.0, 0.0]
vel = [1.5, 7.25]
g = -9.81
t = 0.0
while pos[1] >= 0.0:
    vel[1] += g * 0.005
    pos[0] += vel[0] * 0.005
    pos[1] += vel[1] * 0.005
    t += 0.005
print(round(t, 3), round(pos[0], 6), pos[1] < 0)
