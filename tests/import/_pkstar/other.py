import _pkstar.inner as alias
