#!/bin/sh
# plumb: shop start host=linux init=rc
# from: start-rc.plumb
set -eu
/usr/sbin/service db start 
