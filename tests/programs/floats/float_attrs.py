# numbers written as float literals in various styles
print(1., .5, 1e0, 1E+2, 1_0.0_1, 0e0, 00.5, 1e-0, 0.000_001)
print(3.14e-2, 6.02e23, 1.6e-19, 9.81)
print(type(1e0).__name__, type(.0).__name__)
import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.max_exp)
