run(self.debug=True)
