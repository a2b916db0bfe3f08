# -*- coding: klingon -*-
print('hi')
