# uncaught user-defined exception: the type is shown with its module
class ConfigError(Exception):
    pass

def load():
    raise ConfigError("missing key 'port'")

print("loading")
load()
