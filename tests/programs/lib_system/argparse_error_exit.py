# a missing required argument: usage and the error on stderr, exit status 2
import argparse
p = argparse.ArgumentParser(prog='needs')
p.add_argument('source')
p.add_argument('dest')
p.parse_args(['only-one'])
