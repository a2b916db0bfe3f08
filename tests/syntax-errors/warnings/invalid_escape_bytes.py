data = b"\q"
