#!/bin/sh
# plumb: fleet start host=linux f1=on f2=on f3=on f4=on f5=on f6=on f7=on f8=on f9=on f10=on f11=on f12=on f13=on f14=on f15=on f16=on f17=on
# from: start.plumb
set -eu
echo web1
