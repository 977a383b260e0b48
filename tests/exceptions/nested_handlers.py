# nested try statements and handler selection
def run(code):
    try:
        try:
            if code == "v":
                raise ValueError("v")
            if code == "k":
                raise KeyError("k")
            if code == "t":
                raise TypeError("t")
        except ValueError as e:
            return "inner " + str(e)
        finally:
            print("inner finally", code)
    except KeyError as e:
        return "outer " + str(e)
    except Exception as e:
        return "generic " + type(e).__name__
    return "none"
for c in "vktx":
    print(run(c))
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("from handler")
except TypeError as e:
    print("escaped handler", e)
