# formatting floats with % and format specs
x = 3.14159265
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (x, x, x, x, x, x, x, 1e-10))
print("{:.3f} {:8.2f} {:<8.1f}| {:+.2f} {:e} {:.0f} {:%} {:.1%}".format(x, x, x, x, x, 2.5, 0.25, 0.3333))
print(f"{x:.4g} {1234567.0:g} {1e-5:g} {0.0001:g} {123.456:.2g} {100.0:g}")
print(format(1.0, ""), format(1e16, ""), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print("{:,.2f}".format(1234567.891), "{:_.1f}".format(9876543.21))
print("{:010.3f} {:>10} {:^10.2f}|".format(-3.14159, 2.5, 2.5))
print("%.15g %.17g" % (0.1, 0.1))
print(str(1e-7), str(1.5e300), "%s %r" % (0.1, 0.2))
print("{:.3}".format(3.14159), "{}".format(1.0), "{:f}".format(float("inf")), "{:.2f}".format(float("nan")))
print("%5.1f|%-7.2f|%+.1e" % (2.25, -1.5, 12345.678))
