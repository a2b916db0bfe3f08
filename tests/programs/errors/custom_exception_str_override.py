# an uncaught exception with a custom __str__
class HttpError(Exception):
    def __init__(self, status):
        super().__init__(status)
        self.status = status
    def __str__(self):
        return f"HTTP {self.status}"
raise HttpError(404)
