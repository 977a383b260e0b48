# exception classes carry extra state and methods
class HTTPError(Exception):
    def __init__(self, status, reason=""):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def is_client_error(self):
        return 400 <= self.status < 500
errors = [HTTPError(404, "Not Found"), HTTPError(500), HTTPError(418, "teapot")]
for err in errors:
    try:
        raise err
    except HTTPError as e:
        print(e.status, repr(e.reason), e.is_client_error(), e.args, str(e))
class Wrapper(Exception):
    pass
try:
    try:
        raise HTTPError(403, "Forbidden")
    except HTTPError as e:
        raise Wrapper("wrapped") from e
except Wrapper as w:
    print(w, w.__cause__.status)
