# sys.path, sys.modules, sys.implementation, sys.stdout
import sys
print(type(sys.path).__name__, isinstance(sys.modules, dict), "sys" in sys.modules)
print(isinstance(sys.implementation.name, str))
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write("\n")
print(sys.stdout is not None, sys.stderr is not None)
print(callable(sys.exit))
