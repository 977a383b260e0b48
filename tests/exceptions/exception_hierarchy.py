# builtin exception hierarchy
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError),
         (StopIteration, Exception), (GeneratorExit, Exception), (KeyboardInterrupt, Exception),
         (SystemExit, BaseException), (Exception, BaseException), (UnicodeDecodeError, ValueError),
         (AssertionError, Exception), (AttributeError, Exception), (TypeError, ValueError), (MemoryError, Exception)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(isinstance(ValueError(), Exception), isinstance(SystemExit(), Exception))
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
